package org.factquiz.export;

/** The bytes of one export with the report of what was left out or adapted. */
public record ExportResult(byte[] bytes, ExportReport report) {
  public ExportResult {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
