package org.factquiz.progress;

/** How well a learner knows one article, person, body or kind: credit earned over questions answered. */
public record MasteryLine(String key, String label, int answered, double credit, double share) {}
