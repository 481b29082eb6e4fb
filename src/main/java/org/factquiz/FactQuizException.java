package org.factquiz;

/**
 * Root of the typed, unchecked failures that features throw. Features know nothing of HTTP; the
 * api package maps each subtype to a problem response.
 */
public class FactQuizException extends RuntimeException {
  public FactQuizException(String message) {
    super(message);
  }

  public FactQuizException(String message, Throwable cause) {
    super(message, cause);
  }
}
