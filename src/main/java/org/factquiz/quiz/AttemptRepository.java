package org.factquiz.quiz;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Stores attempts and answers. Each method is one transaction, and saving an answer and
 * submitting serialise on the attempt, so an acknowledged answer is always graded and an answer
 * after the submit is always refused.
 */
public interface AttemptRepository {
  /**
   * The student's open attempt at the quiz, or a new one when attempts are left; fails with
   * {@link org.factquiz.StateConflictException} when all are used.
   */
  Attempt startOrResume(long quizId, long studentId, int attemptsAllowed, long seed, Instant now, Instant deadline);

  Optional<Attempt> find(long attemptId);

  SaveOutcome saveAnswer(long attemptId, String questionId, Answer answer, Instant now);

  /** Grades and closes the attempt once; later calls return the stored result without regrading. */
  AttemptResult submit(long attemptId, Function<Attempt, AttemptResult> grading, Instant now);

  Optional<AttemptResult> result(long attemptId);

  /** Quiz id to the number of attempts the student has started there. */
  Map<Long, Integer> attemptCounts(long studentId);
}
