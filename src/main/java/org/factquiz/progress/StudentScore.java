package org.factquiz.progress;

/** A student's latest submitted score on a quiz. */
public record StudentScore(long studentId, String name, double score, double maxScore, int attempts) {}
