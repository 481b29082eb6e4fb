package org.factquiz.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Finds the part of a sentence that a date really dates when it is not the main clause: a
 * happening named by a noun phrase ("the opening of the office in Oslo in May"), or a
 * subordinate clause ("... since she took office in 2019"), whose pronoun subject is replaced by
 * the person named before it. Returns null when the sentence has no such part. Thread-safe.
 */
final class HappeningPhrases {
  private static final Set<String> SKIPPED_BEFORE_DATE = Set.of("in", "on", "at", "during", "of", "for");
  private static final Set<String> STOPS = Set.of(",", ";", ":", "(", ")", "—", "–", "--", "\"", "“", "”", "that", "which",
      "who", "whom", "whose", "if");
  private static final Set<String> PREPOSITIONS = Set.of("of", "to", "in", "on", "at", "by", "with", "for", "from", "into",
      "about", "as", "against", "between", "among", "over", "under", "and", "or", "a", "an", "after", "before", "since",
      "during", "following", "until", "than", "like", "without", "through");
  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our", "my", "your");
  private static final Set<String> OPEN_PRONOUNS = Set.of("he", "she");
  private static final int MIN_WORDS = 3;
  private static final int REACH = 25;

  private final EventVocabulary vocabulary = EventVocabulary.english();

  /** "the minister's first visit to Oslo in May" gives "The minister's first visit to Oslo". */
  String nounPhraseBefore(String sentence, TemporalMention mention, List<VerbSpotter.Word> words) {
    int last = lastBefore(words, mention.start());
    if (last >= 0 && SKIPPED_BEFORE_DATE.contains(words.get(last).text())) {
      last--;
    }
    int stop = last;
    while (stop >= 0 && last - stop < REACH && !words.get(stop).isVerb() && !STOPS.contains(lower(words.get(stop)))) {
      stop--;
    }
    for (int head = stop + 1; head <= last; head++) {
      if (head < last && vocabulary.happeningNouns.contains(lower(words.get(head)))
          && (Character.isLowerCase(words.get(head).text().charAt(0)) || words.get(head).start() == 0)) {
        String phrase = phraseFrom(sentence, words, stop, head, last);
        if (phrase != null) {
          return phrase;
        }
      }
    }
    return null;
  }

  /** Extends a head noun leftwards over its modifiers and determiner; null unless definite and long enough. */
  private static String phraseFrom(String sentence, List<VerbSpotter.Word> words, int stop, int head, int last) {
    int first = head;
    boolean definite = false;
    while (first - 1 > stop) {
      VerbSpotter.Word before = words.get(first - 1);
      String w = lower(before);
      if (w.equals("the")) {
        first--;
        definite = true;
        break;
      }
      if (PREPOSITIONS.contains(w) || POSSESSIVE_PRONOUNS.contains(w) || !Character.isLetterOrDigit(before.text().charAt(0))) {
        break;
      }
      definite |= w.endsWith("'s") || w.endsWith("’s");
      first--;
    }
    if (first > stop + 1 && POSSESSIVE_PRONOUNS.contains(lower(words.get(first - 1)))) {
      return null;
    }
    String phrase = sentence.substring(words.get(first).start(), words.get(last).end());
    if (!definite || EventPhraser.wordCount(phrase) < MIN_WORDS) {
      return null;
    }
    return capitalised(phrase);
  }

  /**
   * "..., since he took over from the mayor two weeks ago" gives "Ann Lee took over from the
   * mayor" when {@code personBefore} names the person mentioned before a character offset.
   */
  String subordinateClause(String sentence, TemporalMention mention, List<VerbSpotter.Word> words,
      IntFunction<String> personBefore) {
    int last = lastBefore(words, mention.start());
    for (int i = last; i >= 0 && last - i < REACH; i--) {
      String w = lower(words.get(i));
      if (isClauseBreak(w)) {
        return null;
      }
      if (vocabulary.subordinators.contains(w)) {
        return clauseAfter(sentence, words, i, mention, personBefore);
      }
    }
    return null;
  }

  /** The clause that tells of a meeting with a verb ("after Ann met Bo in Oslo"), for a date taken from context. */
  String encounterClause(String sentence, List<VerbSpotter.Word> words, IntFunction<String> personBefore) {
    for (int v = 0; v < words.size(); v++) {
      if (!vocabulary.encounterVerbs.contains(words.get(v).text())) {
        continue;
      }
      for (int i = v - 1; i >= 0 && v - i < REACH; i--) {
        String w = lower(words.get(i));
        if (vocabulary.subordinators.contains(w) || isClauseBreak(w)) {
          return clauseAfter(sentence, words, i, null, personBefore);
        }
      }
      return clauseAfter(sentence, words, -1, null, personBefore);
    }
    return null;
  }

  /** The clause after word {@code opener} up to the next clause break, without the date; null without subject and verb. */
  private static String clauseAfter(String sentence, List<VerbSpotter.Word> words, int opener, TemporalMention mention,
      IntFunction<String> personBefore) {
    int from = opener + 1;
    if (from >= words.size()) {
      return null;
    }
    int to = from;
    while (to < words.size() && !isClauseBreak(lower(words.get(to)))) {
      to++;
    }
    int end = to < words.size() ? words.get(to).start() : sentence.length();
    int start = words.get(from).start();
    String text = mention != null && mention.start() >= start && mention.end() <= end
        ? DateClauses.without(sentence, start, end, mention) : sentence.substring(start, end);
    text = text.replaceAll("\\s+", " ").strip().replaceAll("[.!?]+$", "");
    String[] parts = text.split(" ");
    VerbSpotter.Word subject = words.get(from);
    boolean hasVerb = words.subList(from + 1, Math.min(to, words.size())).stream().anyMatch(VerbSpotter.Word::isVerb);
    if (!hasVerb || parts.length < MIN_WORDS + 1 || subject.isVerb()) {
      return null;
    }
    String first = lower(subject);
    if (OPEN_PRONOUNS.contains(first)) {
      String person = personBefore.apply(subject.start());
      if (person == null) {
        return null;
      }
      text = person + text.substring(parts[0].length());
    } else if (!Character.isUpperCase(subject.text().charAt(0)) && !first.equals("the")) {
      return null;
    }
    return capitalised(text);
  }

  private static boolean isClauseBreak(String w) {
    return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals("–") || w.equals("--")
        || w.equals("(") || w.equals(")");
  }

  private static int lastBefore(List<VerbSpotter.Word> words, int offset) {
    int last = -1;
    for (int i = 0; i < words.size() && words.get(i).end() <= offset; i++) {
      last = i;
    }
    return last;
  }

  private static String lower(VerbSpotter.Word word) {
    return word.text().toLowerCase(Locale.ROOT);
  }

  static String capitalised(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }
}
