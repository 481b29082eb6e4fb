package org.factquiz;

/**
 * Input that is well formed but does not hold (an edited key that is not among the options);
 * {@code pointer} is a JSON pointer into the request body, e.g. "/key/choices/0", or null.
 */
public class InvalidInputException extends FactQuizException {
  private final String pointer;

  public InvalidInputException(String pointer, String message) {
    super(message);
    this.pointer = pointer;
  }

  public String pointer() {
    return pointer;
  }
}
