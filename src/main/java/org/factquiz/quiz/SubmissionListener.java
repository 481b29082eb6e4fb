package org.factquiz.quiz;

/**
 * Hears about each attempt right after it was graded and committed (once per attempt), e.g. to
 * feed a learner's answers into spaced repetition. Must not throw for ordinary data.
 */
@FunctionalInterface
public interface SubmissionListener {
  void submitted(Quiz quiz, Attempt attempt, AttemptResult result);
}
