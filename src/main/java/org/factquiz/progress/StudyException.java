package org.factquiz.progress;

import org.factquiz.InvalidInputException;

/** A study request that cannot be honoured: a bad rating or a question that does not test the fact. */
public class StudyException extends InvalidInputException {
  public StudyException(String pointer, String message) {
    super(pointer, message);
  }
}
