package org.factquiz.quiz;

/** What became of an answer the repository was asked to save. */
public enum SaveOutcome {
  SAVED,
  NOT_FOUND,
  ALREADY_SUBMITTED,
  PAST_DEADLINE
}
