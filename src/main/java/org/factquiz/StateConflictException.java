package org.factquiz;

/** The request is well formed but the current state forbids it (an answer after submit). */
public class StateConflictException extends FactQuizException {
  public StateConflictException(String message) {
    super(message);
  }
}
