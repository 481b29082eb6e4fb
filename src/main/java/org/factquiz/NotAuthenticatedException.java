package org.factquiz;

/** The caller has not proved who they are: no token, an expired token, or a wrong password. */
public class NotAuthenticatedException extends FactQuizException {
  public NotAuthenticatedException(String message) {
    super(message);
  }
}
