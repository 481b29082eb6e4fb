package org.factquiz.generate;

import org.factquiz.FactQuizException;

/** A template file that does not follow the template format; the message names file, line and field. */
public final class MalformedTemplateException extends FactQuizException {
  private final TemplateError error;

  MalformedTemplateException(TemplateError error) {
    super(error.toString());
    this.error = error;
  }

  public TemplateError error() {
    return error;
  }
}
