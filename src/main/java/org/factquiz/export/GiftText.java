package org.factquiz.export;

/**
 * Escaping for GIFT: a backslash before each of GIFT's specials ~ = # { } : and before a
 * backslash, and every line break folded to a space (a blank line would end the question).
 */
final class GiftText {
  private GiftText() {}

  static String escape(String text) {
    String oneLine = Whitespace.withoutLineBreaks(text);
    StringBuilder out = new StringBuilder(oneLine.length() + 8);
    for (int i = 0; i < oneLine.length(); i++) {
      char c = oneLine.charAt(i);
      if (c == '~' || c == '=' || c == '#' || c == '{' || c == '}' || c == ':' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /** HTML-escaped, then GIFT-escaped: for text the importer shows as HTML. */
  static String html(String text) {
    return escape(Markup.escape(text));
  }
}
