package org.factquiz.generate;

/** A candidate question the validator refused, and why. */
public record Rejection(String candidateId, String template, String reason, String stem) {}
