package org.factquiz.export;

import org.factquiz.FactQuizException;

/** An export that cannot be made: an unknown format or a failure writing the file. */
public class ExportException extends FactQuizException {
  public ExportException(String message) {
    super(message);
  }

  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
