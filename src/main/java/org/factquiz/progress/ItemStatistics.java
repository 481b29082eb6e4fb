package org.factquiz.progress;

/**
 * Classical item analysis of one question: difficulty is the mean credit (the share correct, 0
 * to 1), discrimination the correlation of the item's credit with the rest of the score (null
 * when it cannot be computed: fewer than two students, or no spread).
 */
public record ItemStatistics(String questionId, String stem, int answered, double difficulty, Double discrimination) {}
