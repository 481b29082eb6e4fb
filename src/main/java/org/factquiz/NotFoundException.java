package org.factquiz;

/** The thing asked for does not exist, or is not visible to whoever asked. */
public class NotFoundException extends FactQuizException {
  public NotFoundException(String message) {
    super(message);
  }
}
