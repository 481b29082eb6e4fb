package org.factquiz.export;

/** A format name no exporter answers to; the message lists the names that exist. */
public final class UnknownFormatException extends ExportException {
  public UnknownFormatException(String name, Iterable<String> known) {
    super("unknown export format '" + name + "'; known formats: " + String.join(", ", known));
  }
}
