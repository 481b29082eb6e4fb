package org.factquiz.export;

import org.factquiz.generate.QuestionSet;

/** IMS QTI 3.0 content package (zip): manifest, one assessmentItem per question, an assessmentTest. */
final class Qti30Exporter implements Exporter {
  @Override
  public String format() {
    return "qti30";
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
    return new QtiPackageWriter(QtiDialect.V30, format()).write(set);
  }
}
