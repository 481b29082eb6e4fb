package org.factquiz.content;

/** A run of article text between blank lines (or one line of a menu), with its span. */
record Block(int start, int end, String text, boolean menuLine) {
  int words() {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }

  boolean endsLikeSentence() {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == '"' || last == '\u201d' || last == '\'' || last == '\u2019' || last == ')') {
      t = t.substring(0, t.length() - 1).strip();
      last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    }
    return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == '\u2026';
  }
}
