package org.factquiz.progress;

import java.time.Instant;

/**
 * One review in a learner's log: which fact, through which question, the rating, when, and the
 * recall probability FSRS predicted just before it (NaN for a first meeting).
 */
public record ReviewRecord(
    String learner,
    String factId,
    String questionId,
    Rating rating,
    Instant reviewedAt,
    double predictedRecall) {

  public boolean firstMeeting() {
    return Double.isNaN(predictedRecall);
  }
}
