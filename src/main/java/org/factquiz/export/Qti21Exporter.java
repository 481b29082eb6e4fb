package org.factquiz.export;

import org.factquiz.generate.QuestionSet;

/** IMS QTI 2.1 content package (zip): manifest, one assessmentItem per question, an assessmentTest. */
final class Qti21Exporter implements Exporter {
  @Override
  public String format() {
    return "qti21";
  }

  @Override
  public String extension() {
    return "zip";
  }

  @Override
  public String contentType() {
    return "application/zip";
  }

  @Override
  public ExportResult export(QuestionSet set) {
    return new QtiPackageWriter(QtiDialect.V21, format()).write(set);
  }
}
