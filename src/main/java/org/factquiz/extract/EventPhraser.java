package org.factquiz.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a short description of a dated happening from its sentence: the clause that holds the
 * date, without the date itself, leading connectives, asides in brackets or the tail of a long
 * sentence. A possessive date ("Monday's visit to Oslo ...") names the happening directly.
 */
final class EventPhraser {
  private static final int MAX_WORDS = 24;
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      ";|\\s+--\\s+|\\s+[—–]\\s*|,\\s+(?=(?:which|who|whom|while|whereas|but|although|though|warning|saying|stating)\\b)");
  private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:on|in|at|since|during|by|from|until|till|as\\s+of|as|over|for)\\s+)?"
          + "(?:\\bthe\\s+(?:(?:beginning|start|end|middle|close)\\s+of\\s+)?)?$");
  private static final Pattern LEADING_CONNECTIVE = Pattern.compile(
      "^(?:(?i:but|and|yet|so|however|indeed|meanwhile|similarly|moreover|still|also|then|now|thus|therefore|instead)\\b,?\\s*)+");
  private static final Pattern SEGMENT_BREAK = Pattern.compile(",\\s+|;\\s*|\\s+--\\s+|\\s+[—–]\\s*");
  private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^()]*\\)|\\s*\\[[^\\[\\]]*\\]");
  private static final Pattern RELATIVE_OPENING = Pattern.compile("^(?i:which|who|whom|while|whereas|but|although|though)\\b\\s*");

  /** Describes the happening the mention dates; {@code mention} is null for a date taken from context. */
  String describe(String sentence, TemporalMention mention, List<PartOfSpeechTagger.Token> tokens) {
    if (mention != null && isPossessive(mention.text())) {
      String phrase = possessiveHead(sentence, mention, tokens);
      if (!phrase.isEmpty()) {
        return tidy(phrase);
      }
    }
    if (mention != null) {
      String label = citationLabel(sentence, mention);
      if (label != null) {
        return label + " report";
      }
    }
    if (mention != null) {
      String segment = segmentAround(sentence, mention, tokens);
      if (segment != null) {
        return tidy(segment);
      }
    }
    int[] clause = mention == null ? new int[] {0, sentence.length()} : clauseAround(sentence, mention.start());
    String text;
    if (mention != null && mention.start() >= clause[0] && mention.end() <= clause[1]) {
      text = without(sentence, clause[0], clause[1], mention);
    } else {
      text = sentence.substring(clause[0], clause[1]);
    }
    if (wordCount(text) < 3 && mention != null) {
      return describe(sentence, null, tokens);
    }
    return tidy(text);
  }

  /**
   * The comma-delimited stretch that holds the date, when it is a clause of its own ("frozen by
   * Oslo after ... last spring"); a relative or participle clause keeps what it hangs on, and a
   * bare trailing date ("..., as in March 1999") describes the stretch before it.
   */
  private static String segmentAround(String sentence, TemporalMention mention, List<PartOfSpeechTagger.Token> tokens) {
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
    if (wordCount(text) >= 4 && hasVerb(tokens, own[0], own[1])) {
      String opening = text.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
      boolean relative = RELATIVE_OPENING.matcher(opening).lookingAt() && index > 0;
      boolean participle = index > 0 && startsWithParticiple(tokens, own[0]) && !hasVerb(tokens, segments.get(index - 1)[0],
          segments.get(index - 1)[1]) && wordCount(slice(sentence, segments.get(index - 1))) <= 8;
      if (relative || participle) {
        return slice(sentence, segments.get(index - 1)) + ", " + text.strip();
      }
      return text;
    }
    if (wordCount(text) < 4 && index == segments.size() - 1 && !hasVerb(tokens, own[0], own[1])) {
      int[] before = segments.get(index - 1);
      if (hasVerb(tokens, before[0], before[1]) && wordCount(slice(sentence, before)) >= 4) {
        return slice(sentence, before);
      }
    }
    return null;
  }

  /** Comma, semicolon and dash delimited stretches, not counting commas inside brackets. */
  private static List<int[]> segments(String sentence) {
    List<int[]> segments = new java.util.ArrayList<>();
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

  private static String without(String sentence, int from, int to, TemporalMention mention) {
    String before = PREPOSITION_BEFORE.matcher(sentence.substring(from, mention.start())).replaceFirst("");
    String after = sentence.substring(mention.end(), to);
    if (before.isBlank()) {
      after = after.replaceFirst("^\\s*,", "");
    }
    return (before.stripTrailing() + " " + after.stripLeading()).replace(" ,", ",");
  }

  private static String slice(String sentence, int[] span) {
    return sentence.substring(span[0], span[1]).strip();
  }

  private static boolean hasVerb(List<PartOfSpeechTagger.Token> tokens, int from, int to) {
    return tokens.stream().anyMatch(t -> t.start() >= from && t.end() <= to && t.isVerb());
  }

  private static boolean startsWithFiniteVerb(List<PartOfSpeechTagger.Token> tokens, int from) {
    return tokens.stream().filter(t -> t.start() >= from).findFirst()
        .map(t -> t.isVerb() && !t.text().matches("[a-z]+(?:ed|en|wn|ng)")).orElse(false);
  }

  private static boolean startsWithParticiple(List<PartOfSpeechTagger.Token> tokens, int from) {
    return tokens.stream().filter(t -> t.start() >= from).findFirst()
        .map(t -> t.isVerb() && t.text().matches("[a-z]+(?:ed|en|wn|ng)")).orElse(false);
  }

  private static boolean isPossessive(String text) {
    return text.endsWith("'s") || text.endsWith("’s");
  }

  /** "Monday's visit to Oslo by X made clear ..." gives "visit to Oslo by X". */
  private static String possessiveHead(String sentence, TemporalMention mention, List<PartOfSpeechTagger.Token> tokens) {
    int end = sentence.length();
    boolean head = true;
    for (PartOfSpeechTagger.Token token : tokens) {
      if (token.start() < mention.end()) {
        continue;
      }
      if (head) {
        head = false;
        continue;
      }
      if (token.isVerb() || token.text().matches("[,;:()\"“”—–]|--")) {
        end = token.start();
        break;
      }
    }
    return sentence.substring(mention.end(), end).strip();
  }

  /** "(Reuters, January 24)": a source cited with a date, described as that source's report. */
  private static String citationLabel(String sentence, TemporalMention mention) {
    int open = sentence.lastIndexOf('(', mention.start());
    int close = sentence.indexOf(')', mention.end());
    if (open < 0 || close < 0 || sentence.lastIndexOf(')', mention.start()) > open) {
      return null;
    }
    int from = Math.max(open + 1, sentence.lastIndexOf(';', mention.start()) + 1);
    String label = sentence.substring(from, mention.start()).replaceAll("[,\\s]+$", "").strip();
    boolean named = !label.isEmpty() && Character.isUpperCase(label.charAt(0)) && wordCount(label) <= 5;
    return named ? label : null;
  }

  private static int[] clauseAround(String sentence, int position) {
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
    return wordCount(clause) < 5 ? new int[] {0, sentence.length()} : new int[] {start, end};
  }

  private static String tidy(String text) {
    String out = BRACKETED.matcher(text).replaceAll("").replaceAll("\\s*\\([^)]*$", "");
    out = out.replaceAll("\\s+", " ").strip();
    out = LEADING_CONNECTIVE.matcher(out).replaceFirst("");
    out = RELATIVE_OPENING.matcher(out).replaceFirst("");
    out = LEADING_CONNECTIVE.matcher(out).replaceFirst("");
    out = out.replaceAll("^[,;:\\s]+|[,;:.\\s]+$", "");
    String[] words = out.split(" ");
    if (words.length > MAX_WORDS) {
      int cut = MAX_WORDS;
      for (int i = MAX_WORDS - 1; i >= 8; i--) {
        if (words[i].endsWith(",")) {
          cut = i + 1;
          break;
        }
      }
      out = String.join(" ", java.util.Arrays.copyOf(words, cut)).replaceAll("[,;:]+$", "");
    }
    if (out.chars().filter(c -> c == '"').count() % 2 == 1 || countCurly(out)) {
      out = out.replaceAll("[\"“”]", "");
    }
    return out.isEmpty() ? out : out.substring(0, 1).toUpperCase(Locale.ROOT) + out.substring(1);
  }

  private static boolean countCurly(String text) {
    return text.chars().filter(c -> c == '“').count() != text.chars().filter(c -> c == '”').count();
  }

  private static int wordCount(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
