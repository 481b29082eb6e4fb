package org.factquiz.export;

import org.factquiz.generate.QuestionSet;

/** Writes a question set in one LMS file format and reports what the format could not hold. */
public interface Exporter {
  /** The format name used on the command line and in the API, e.g. {@code "gift"}. */
  String format();

  /** The file extension without a dot, e.g. {@code "zip"}. */
  String extension();

  /** The MIME type of the file, e.g. {@code "application/zip"}. */
  String contentType();

  /** Writes the set; questions the format cannot hold are left out and listed in the report. */
  ExportResult export(QuestionSet set);

  /** A file name for an export of the set named {@code baseName}, e.g. {@code "week-3.gift"}. */
  default String fileName(String baseName) {
    return FileNames.safeBase(baseName) + "-" + format() + "." + extension();
  }
}
