package org.factquiz.generate;

/** Why a template file could not be loaded: the file, the line (0 if unknown), the field and what is wrong. */
public record TemplateError(String file, int line, String field, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ": field '" + field + "': " + message;
  }
}
