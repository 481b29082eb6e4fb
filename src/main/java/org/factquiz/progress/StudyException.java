package org.factquiz.progress;

import org.factquiz.FactQuizException;

/** A study request that cannot be honoured: a bad rating, retention or unknown fact. */
public class StudyException extends FactQuizException {
  public StudyException(String message) {
    super(message);
  }
}
