package org.factquiz.export;

/** Escapes text for HTML element content: &amp;, &lt; and &gt; (quotes need no escape there). */
final class Markup {
  private Markup() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A paragraph of escaped text. */
  static String paragraph(String text) {
    return "<p>" + escape(text) + "</p>";
  }
}
