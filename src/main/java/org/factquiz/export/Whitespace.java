package org.factquiz.export;

import java.util.regex.Pattern;

/** Folds runs of whitespace (line breaks included) for line-based formats; patterns compiled once. */
final class Whitespace {
  private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");
  private static final Pattern TABS_AND_BREAKS = Pattern.compile("[\\t\\r\\n]+");
  private static final Pattern SPACES = Pattern.compile(" {2,}");

  private Whitespace() {}

  /** Every run of whitespace folded to one space, control characters dropped, ends stripped. */
  static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Line breaks (with the whitespace around them) folded to one space; other spacing kept. */
  static String withoutLineBreaks(String text) {
    return LINE_BREAKS.matcher(text).replaceAll(" ");
  }

  /** Tabs and line breaks folded to a space, double spaces to one, ends stripped. */
  static String withoutTabs(String text) {
    return SPACES.matcher(TABS_AND_BREAKS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
  }
}
