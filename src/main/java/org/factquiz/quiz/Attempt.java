package org.factquiz.quiz;

import java.time.Instant;
import java.util.Map;

/**
 * One student's attempt at a quiz: its number (1 for the first), the seed of its shuffled layout,
 * the deadline (null without a time limit) and the answers saved so far.
 */
public record Attempt(long id, long quizId, long studentId, int number, AttemptStatus status, long seed,
    Instant startedAt, Instant deadline, Instant submittedAt, Map<String, Answer> answers) {
  public Attempt {
    answers = Map.copyOf(answers);
  }

  public boolean pastDeadline(Instant now) {
    return deadline != null && !now.isBefore(deadline);
  }
}
