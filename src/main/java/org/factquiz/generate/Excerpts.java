package org.factquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Short, verbatim pieces of quotes and descriptions for stems and options: whole sentences where possible. */
final class Excerpts {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'\u201d\u2019]?)\\s+(?=[\"'\u201c\u2018]?\\p{Lu})");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019-]+");

  private static final Pattern DASH = Pattern.compile("\\s(?:--|[\u2013\u2014])\\s");

  /** What marks a cut: the text went on. */
  static final String CUT = "\u2026";

  private Excerpts() {}

  /** Where a reported statement may end early and still say something whole. */
  private static final Pattern CLAUSE_END = Pattern.compile(
      "\\s+--\\s+|\\s+[\u2013\u2014]\\s+|;\\s+|,\\s+(?=(?:which|while|but|and|as|because|although|though|whereas|so|where|when|even)\\b)");

  /**
   * Reported words short enough to show: the text itself, or the text up to the last clause boundary
   * ("--", ";", ", which", ", but" ...) within {@code max} characters, no shorter than a third of it;
   * null when there is no such boundary. Only for reported speech: a quotation is never shortened
   * silently.
   */
  static String clauses(String text, int max) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= max) {
      return t;
    }
    Matcher m = CLAUSE_END.matcher(t);
    boolean pairedDashes = DASH.matcher(t).results().count() > 1;
    int cut = -1;
    while (m.find() && m.start() <= max) {
      // a dash of a pair opens or closes an aside ("X -- who ... -- said"): cutting there leaves half a clause
      if (!(pairedDashes && DASH.matcher(m.group()).find())) {
        cut = m.start();
      }
    }
    if (cut < max / 3) {
      return null;
    }
    String shown = t.substring(0, cut);
    return Phrasing.hasVerb(shown.split("\\s+")) ? shown : null;
  }

  /** True when {@link #of} shows the text whole, or its first whole sentence, without a cut. */
  static boolean fits(String text, int max) {
    return !of(text, max).endsWith(CUT);
  }

  /** The text itself if short enough, else its first sentence, else its first words followed by "…". */
  static String of(String text, int max) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= max) {
      return t;
    }
    String first = sentences(t).get(0);
    if (first.length() <= max) {
      return first;
    }
    int cut = t.lastIndexOf(' ', max - 2);
    return t.substring(0, cut > max / 2 ? cut : max - 2).replaceAll("[,;:\\-\u2014 ]+$", "") + " …";
  }

  /**
   * About {@code n} words either side of the first whole-word {@code word}, "…" marking each cut. A cut
   * falls where a clause begins or ends (after a comma, semicolon, colon or dash) when there is such a
   * place up to {@code n} words further out, so that the excerpt does not open or stop mid-clause.
   */
  static String around(String text, String word, int n) {
    String[] words = text.strip().split("\\s+");
    int at = -1;
    for (int i = 0; i < words.length && at < 0; i++) {
      if (words[i].replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").equals(word)) {
        at = i;
      }
    }
    if (at < 0) {
      return text.strip();
    }
    int from = clauseStart(words, at, n);
    int to = clauseEnd(words, at, n);
    String middle = String.join(" ", java.util.Arrays.asList(words).subList(from, to));
    if (to < words.length) {
      middle = middle.replaceAll("[,;:]$", "");
    }
    return (from > 0 ? "… " : "") + middle + (to < words.length ? " …" : "");
  }

  private static final Pattern CLAUSE_MARK = Pattern.compile(".*[,;:]$|--|[\u2013\u2014]");

  /** The first word shown: just after the clause mark nearest to {@code n} words before {@code at}, within 2n. */
  private static int clauseStart(String[] words, int at, int n) {
    if (at - n <= 0) {
      return 0;
    }
    int best = -1;
    for (int i = Math.max(1, at - 2 * n); i <= at - 3; i++) {
      if (CLAUSE_MARK.matcher(words[i - 1]).matches() && (best < 0 || Math.abs(i - (at - n)) < Math.abs(best - (at - n)))) {
        best = i;
      }
    }
    return best < 0 ? Math.max(0, at - 2 * n) == 0 ? 0 : at - n : best;
  }

  /** One past the last word shown: up to the clause mark nearest to {@code n} words after {@code at}, within 2n. */
  private static int clauseEnd(String[] words, int at, int n) {
    if (at + n + 1 >= words.length) {
      return words.length;
    }
    int best = -1;
    for (int j = at + 3; j < Math.min(words.length, at + 2 * n + 1); j++) {
      boolean endsClause = CLAUSE_MARK.matcher(words[j - 1]).matches() && !words[j - 1].matches("--|[\u2013\u2014]");
      boolean beforeDash = j < words.length && words[j].matches("--|[\u2013\u2014]");
      if ((endsClause || beforeDash) && (best < 0 || Math.abs(j - (at + n + 1)) < Math.abs(best - (at + n + 1)))) {
        best = j;
      }
    }
    if (best < 0) {
      return at + 2 * n + 1 >= words.length ? words.length : at + n + 1;
    }
    return best;
  }

  /** The sentences of a text, split after terminal punctuation followed by a capital. */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text.strip())) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out.isEmpty() ? List.of(text.strip()) : out;
  }

  /** The first {@code n} words of a text, used as a cue that identifies a quote or event. */
  static String firstWords(String text, int n) {
    Matcher m = WORD.matcher(text);
    List<String> words = new ArrayList<>();
    while (words.size() < n && m.find()) {
      words.add(m.group());
    }
    return String.join(" ", words);
  }

  /** The text without trailing sentence punctuation and spaces, for use inside a stem. */
  static String trimEnd(String text) {
    return text.strip().replaceAll("[\\s.,;:]+$", "").replaceAll("[.,;:]+([\u201d\u2019\"'])$", "$1");
  }
}
