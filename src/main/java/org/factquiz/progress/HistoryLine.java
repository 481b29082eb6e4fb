package org.factquiz.progress;

import java.time.Instant;

/** One submitted attempt in a learner's history. */
public record HistoryLine(long attemptId, long quizId, String quizTitle, Instant submittedAt, double score, double maxScore) {}
