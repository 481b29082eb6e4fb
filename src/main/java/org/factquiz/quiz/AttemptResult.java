package org.factquiz.quiz;

import java.util.List;

/** The graded attempt: total credit, the most it could have been, and each question's grade. */
public record AttemptResult(long attemptId, double score, double maxScore, List<Grade> grades) {
  public AttemptResult {
    grades = List.copyOf(grades);
  }
}
