package org.factquiz.export;

/**
 * Turns stable question and choice ids into XML NCNames (QTI identifiers may not start with a
 * digit) that stay the same on every export, so an LMS updates rather than duplicates on re-import.
 */
final class Identifiers {
  private Identifiers() {}

  /** The item identifier of a question: {@code "q"} + its id, characters outside NCName replaced. */
  static String question(String id) {
    return "q" + clean(id);
  }

  /** The identifier of a choice or premise within its question: {@code prefix} + its id. */
  static String choice(String prefix, String id) {
    return prefix + clean(id);
  }

  private static String clean(String id) {
    StringBuilder out = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.';
      out.append(ok ? c : '_');
    }
    return out.toString();
  }
}
