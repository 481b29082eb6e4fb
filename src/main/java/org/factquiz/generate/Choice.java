package org.factquiz.generate;

/** An option (or, for matching, a premise) with an id that is stable within its question. */
public record Choice(String id, String text) {}
