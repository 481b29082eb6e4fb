package org.factquiz.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a paragraph into sentences by rule: a sentence ends at '.', '!' or '?' (with any closing
 * quotes or brackets) before white space and a capital, a digit or an opening quote. Titles,
 * month abbreviations and initials ("Gen.", "Jan.", "T.") never end one; an abbreviation with inner
 * periods ("U.S.") does only when a usual sentence opener follows.
 */
public final class SentenceSplitter {
  private final Set<String> abbreviations = Lexicon.load("content/abbreviations.txt").asSet();
  private final Set<String> starters = Lexicon.load("content/sentence-starters.txt").asSet();

  /** Spans [start, end) of the sentences in {@code text} between {@code from} and {@code to}. */
  public List<int[]> split(String text, int from, int to) {
    List<int[]> spans = new ArrayList<>();
    int start = skipSpace(text, from, to);
    int i = start;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
        int end = i + 1;
        while (end < to && isTerminalRun(text.charAt(end))) {
          end++;
        }
        while (end < to && isCloser(text.charAt(end))) {
          end++;
        }
        if (end < to && Character.isWhitespace(text.charAt(end)) && isBoundary(text, start, i, end, to)) {
          spans.add(new int[] {start, trimEnd(text, start, end)});
          start = skipSpace(text, end, to);
          i = start;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    if (start < to) {
      int end = trimEnd(text, start, to);
      if (end > start) {
        spans.add(new int[] {start, end});
      }
    }
    return spans;
  }

  private boolean isBoundary(String text, int sentenceStart, int mark, int end, int to) {
    int next = skipSpace(text, end, to);
    if (next >= to) {
      return true;
    }
    char n = text.charAt(next);
    boolean opensSentence = Character.isUpperCase(n) || Character.isDigit(n) || isOpener(n);
    if (!opensSentence) {
      return false;
    }
    if (text.charAt(mark) != '.') {
      return true;
    }
    String word = wordBefore(text, sentenceStart, mark);
    if (word.isEmpty()) {
      return true;
    }
    if (abbreviations.contains(word)) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return false; // an initial, as in "John Q. Public"
    }
    if (word.indexOf('.') > 0) {
      return starters.contains(nextWord(text, next, to)); // "U.S." ends a sentence only before "The", "He" ...
    }
    return true;
  }

  private static String wordBefore(String text, int from, int mark) {
    int s = mark;
    while (s > from && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    return text.substring(s, mark);
  }

  private static String nextWord(String text, int from, int to) {
    int s = from;
    while (s < to && isOpener(text.charAt(s))) {
      s++;
    }
    int e = s;
    while (e < to && Character.isLetter(text.charAt(e))) {
      e++;
    }
    return text.substring(s, e);
  }

  private static boolean isTerminalRun(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
  }

  private static boolean isOpener(char c) {
    return c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '(' || c == '[';
  }

  private static int skipSpace(String text, int i, int to) {
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
