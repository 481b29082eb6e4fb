package org.factquiz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the stretch of a sentence that a date belongs to: the comma-delimited segment or the
 * clause around it, and that stretch with the date and its preposition taken out.
 */
final class DateClauses {
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      ";|\\s+--\\s+|\\s+[—–]\\s*|,\\s+(?=(?:which|who|whom|while|whereas|but|although|though|warning|saying|stating)\\b)");
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:on|in|at|since|during|by|from|until|till|as\\s+of|as|over|for)\\s+)?"
          + "(?:\\bthe\\s+(?:(?:beginning|start|end|middle|close)\\s+of\\s+)?)?$");
  private static final Pattern SEGMENT_BREAK = Pattern.compile(",\\s+|;\\s*|\\s+--\\s+|\\s+[—–]\\s*");
  private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^()]*\\)|\\s*\\[[^\\[\\]]*\\]");
  private static final int PREPOSITION_REACH = 40;

  private DateClauses() {}

  /**
   * The comma-delimited stretch that holds the date, when it is a clause of its own ("frozen by
   * the council after ... last spring"); a relative or participle clause keeps what it hangs on, and a
   * bare trailing date ("..., as in March 1999") describes the stretch before it.
   */
  static String segmentAround(String sentence, TemporalMention mention, List<VerbSpotter.Word> tokens) {
    List<int[]> segments = segments(sentence);
    int index = 0;
    while (index < segments.size() - 1 && segments.get(index)[1] <= mention.start()) {
      index++;
    }
    int[] own = segments.get(index);
    if (mention.end() > own[1] || index == 0 || startsWithFiniteVerb(tokens, own[0])) {
      return null;
    }
    String text = BRACKETED.matcher(without(sentence, own[0], own[1], mention)).replaceAll("");
    if (EventPhraser.wordCount(text) >= 4 && hasVerb(tokens, own[0], own[1])) {
      String opening = text.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
      boolean relative = EventPhraser.RELATIVE_OPENING.matcher(opening).lookingAt() && index > 0;
      boolean participle = index > 0 && startsWithParticiple(tokens, own[0]) && !hasVerb(tokens, segments.get(index - 1)[0],
          segments.get(index - 1)[1]) && EventPhraser.wordCount(slice(sentence, segments.get(index - 1))) <= 8;
      if (participle && text.strip().matches("\\p{Ll}+(?:ed|en|wn)\\s+by\\s.*")) {
        // "The plan, approved by the council on May 3, ..." tells that the plan was approved by the council
        String subject = slice(sentence, segments.get(index - 1));
        return subject + (isPlural(subject) ? " were " : " was ") + text.strip();
      }
      if (relative || participle) {
        return slice(sentence, segments.get(index - 1)) + ", " + text.strip();
      }
      return text;
    }
    if (EventPhraser.wordCount(text) < 4 && index == segments.size() - 1 && !hasVerb(tokens, own[0], own[1])) {
      int[] before = segments.get(index - 1);
      if (hasVerb(tokens, before[0], before[1]) && EventPhraser.wordCount(slice(sentence, before)) >= 4) {
        return slice(sentence, before);
      }
    }
    return null;
  }

  /** Comma, semicolon and dash delimited stretches, not counting commas inside brackets. */
  private static List<int[]> segments(String sentence) {
    List<int[]> segments = new ArrayList<>();
    int depth = 0;
    int start = 0;
    Matcher m = SEGMENT_BREAK.matcher(sentence);
    int scanned = 0;
    while (m.find()) {
      for (; scanned < m.start(); scanned++) {
        char c = sentence.charAt(scanned);
        depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
      }
      if (depth == 0) {
        segments.add(new int[] {start, m.start()});
        start = m.end();
      }
    }
    segments.add(new int[] {start, sentence.length()});
    return segments;
  }

  static String without(String sentence, int from, int to, TemporalMention mention) {
    int cut = Math.max(from, mention.start() - PREPOSITION_REACH);
    String before = sentence.substring(from, cut)
        + PREPOSITION_BEFORE.matcher(sentence.substring(cut, mention.start())).replaceFirst("");
    String after = sentence.substring(mention.end(), to);
    if (before.isBlank()) {
      after = after.replaceFirst("^\\s*,", "");
    }
    return (before.stripTrailing() + " " + after.stripLeading()).replace(" ,", ",");
  }

  /** A noun phrase whose last word is a regular plural ("talks", "the ministers"). */
  private static boolean isPlural(String phrase) {
    String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
    return last.matches("\\p{Ll}+[^su]s");
  }

  private static String slice(String sentence, int[] span) {
    return sentence.substring(span[0], span[1]).strip();
  }

  private static boolean hasVerb(List<VerbSpotter.Word> tokens, int from, int to) {
    return tokens.stream().anyMatch(t -> t.start() >= from && t.end() <= to && t.isVerb());
  }

  private static boolean startsWithFiniteVerb(List<VerbSpotter.Word> tokens, int from) {
    return tokens.stream().filter(t -> t.start() >= from).findFirst()
        .map(t -> t.isVerb() && !t.text().matches("[a-z]+(?:ed|en|wn|ng)")).orElse(false);
  }

  private static boolean startsWithParticiple(List<VerbSpotter.Word> tokens, int from) {
    return tokens.stream().filter(t -> t.start() >= from).findFirst()
        .map(t -> t.isVerb() && t.text().matches("[a-z]+(?:ed|en|wn|ng)")).orElse(false);
  }

  static int[] clauseAround(String sentence, int position) {
    int start = 0;
    int end = sentence.length();
    Matcher m = CLAUSE_BREAK.matcher(sentence);
    while (m.find()) {
      if (m.end() <= position) {
        start = m.end();
      } else if (m.start() >= position) {
        end = m.start();
        break;
      }
    }
    String clause = sentence.substring(start, end);
    return EventPhraser.wordCount(clause) < 5 ? new int[] {0, sentence.length()} : new int[] {start, end};
  }

}
