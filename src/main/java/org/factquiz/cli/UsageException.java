package org.factquiz.cli;

/** A command line that does not fit the command's form; the message says what is wrong. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
