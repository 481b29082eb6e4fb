package org.factquiz.export;

import java.text.Normalizer;
import java.util.Locale;

/** Turns a question-set name into a file-name base that every OS and zip tool accepts. */
final class FileNames {
  private FileNames() {}

  static String safeBase(String name) {
    String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9._-]+", "-")
        .replaceAll("^[.-]+|[.-]+$", "");
    if (ascii.isEmpty()) {
      return "question-set";
    }
    return ascii.length() > 60 ? ascii.substring(0, 60) : ascii;
  }
}
