package org.factquiz;

/** The caller is known but may not do what they asked (a student on a teacher route). */
public class AccessDeniedException extends FactQuizException {
  public AccessDeniedException(String message) {
    super(message);
  }
}
