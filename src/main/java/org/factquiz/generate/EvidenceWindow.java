package org.factquiz.generate;

import java.util.List;
import java.util.Optional;
import org.factquiz.extract.Evidence;

/**
 * Finds the passage of an article that supports a key: the fact's own sentence, or, when the speaker
 * is named just before it ("Putin said:" and the quote on the next line), the span from that sentence
 * to the end of the fact's sentence; and the sentence of an article holding a given fragment.
 */
final class EvidenceWindow {
  /** How far back a quote's speaker may be named. */
  private static final int LOOKBACK = 400;

  private final ArticleTexts texts;

  EvidenceWindow(ArticleTexts texts) {
    this.texts = texts;
  }

  /** The evidence widened back to the nearest earlier sentence that mentions one of {@code forms}. */
  Evidence widenedTo(Evidence e, List<String> forms) {
    if (NameForms.mentionsAny(e.sentence(), forms)) {
      return e;
    }
    Optional<String> text = texts.text(e.article());
    if (text.isEmpty() || !verbatim(e, text.get())) {
      return e;
    }
    String t = text.get();
    int from = e.start();
    for (int i = 0; i < 2 && from > 0; i++) {
      int j = from;
      while (j > 0 && Character.isWhitespace(t.charAt(j - 1))) {
        j--;
      }
      if (j == 0) {
        break;
      }
      int start = sentenceStart(t, j - 1, e.start() - LOOKBACK);
      if (start < 0) {
        break;
      }
      if (NameForms.mentionsAny(t.substring(start, from), forms)) {
        return new Evidence(e.article(), paragraphAt(e, start, t), start, e.end(), t.substring(start, e.end()));
      }
      from = start;
    }
    return e;
  }

  /** The sentence of the article, at or after the evidence's start, that contains {@code fragment}. */
  Optional<Evidence> sentenceWith(Evidence e, String fragment) {
    if (e.sentence().contains(fragment)) {
      return Optional.of(e);
    }
    Optional<String> text = texts.text(e.article());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get();
    int at = t.indexOf(fragment, Math.max(0, e.start() - 40));
    if (at < 0 || at > e.end() + 3000) {
      return Optional.empty();
    }
    int start = sentenceStart(t, at, 0);
    int end = sentenceEnd(t, at + fragment.length());
    return Optional.of(new Evidence(e.article(), paragraphAt(e, start, t), start, end, t.substring(start, end)));
  }

  private static final java.util.regex.Pattern PARAGRAPH_BREAK = java.util.regex.Pattern.compile("\n\\s*\n");

  /** The paragraph a window starting at {@code start} opens in: the evidence's own, less or more the breaks between them. */
  static int paragraphAt(Evidence e, int start, String text) {
    if (start == e.start()) {
      return e.paragraph();
    }
    int from = Math.min(start, e.start());
    int to = Math.max(start, e.start());
    int breaks = (int) PARAGRAPH_BREAK.matcher(text.substring(from, to)).results().count();
    return start < e.start() ? Math.max(0, e.paragraph() - breaks) : e.paragraph() + breaks;
  }

  static boolean verbatim(Evidence e, String text) {
    return e.start() >= 0 && e.end() <= text.length() && e.start() <= e.end()
        && text.substring(e.start(), e.end()).equals(e.sentence());
  }

  /** The start of the sentence holding position {@code at}: after the previous terminal mark or blank line. */
  private static int sentenceStart(String t, int at, int floor) {
    int i = at;
    while (i > 0 && i > floor) {
      char c = t.charAt(i - 1);
      if (c == '\n' || ((c == ' ') && i >= 2 && ".!?".indexOf(terminalBefore(t, i - 1)) >= 0)) {
        break;
      }
      i--;
    }
    if (i <= floor && floor > 0) {
      return -1;
    }
    while (i < at && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    return i;
  }

  private static char terminalBefore(String t, int space) {
    int j = space - 1;
    while (j > 0 && "\"'\u201d\u2019)".indexOf(t.charAt(j)) >= 0) {
      j--;
    }
    return t.charAt(j);
  }

  private static int sentenceEnd(String t, int from) {
    int i = from;
    while (i < t.length() && t.charAt(i) != '\n') {
      if (".!?".indexOf(t.charAt(i)) >= 0 && (i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)))) {
        return i + 1;
      }
      if (".!?".indexOf(t.charAt(i)) >= 0 && "\"'\u201d\u2019".indexOf(t.charAt(i + 1)) >= 0) {
        return i + 2;
      }
      i++;
    }
    return i;
  }
}
