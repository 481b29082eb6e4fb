package org.factquiz.quiz;

/** The grade of one answer: credit from 0 to 1, its outcome and a reason a learner can read. */
public record Grade(String questionId, Outcome outcome, double credit, String reason) {
  static Grade of(String questionId, double credit, String reason) {
    double rounded = Math.round(Math.max(0.0, Math.min(1.0, credit)) * 1000.0) / 1000.0;
    return new Grade(questionId, Outcome.ofCredit(rounded), rounded, reason);
  }
}
