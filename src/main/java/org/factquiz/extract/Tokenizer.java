package org.factquiz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts text into word tokens with offsets; keeps initials ("T."), "U.S." and "AC/DC" whole. */
final class Tokenizer {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}'\u2019\\-/&.]*");

  List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      int s = m.start();
      int e = m.end();
      String w = text.substring(s, e);
      // a trailing period belongs to the word only for initials and dotted abbreviations
      while (w.endsWith(".") && !(w.length() == 2 && Character.isUpperCase(w.charAt(0))) && w.indexOf('.') == w.length() - 1) {
        w = w.substring(0, w.length() - 1);
        e--;
      }
      while (w.endsWith("-") || w.endsWith("/") || w.endsWith("&")) {
        w = w.substring(0, w.length() - 1);
        e--;
      }
      boolean possessive = false;
      if (w.endsWith("'s") || w.endsWith("\u2019s")) {
        w = w.substring(0, w.length() - 2);
        possessive = true;
      } else if (w.endsWith("'") || w.endsWith("\u2019")) {
        w = w.substring(0, w.length() - 1);
        e--;
      }
      if (!w.isEmpty()) {
        out.add(new Token(s, e, w, possessive));
      }
    }
    return out;
  }
}
