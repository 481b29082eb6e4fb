package org.factquiz.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A cheap one-pass look at a sentence for the words time expressions need (a month name, a
 * four-digit number, "ago", "week" ...), so that only rules with a chance of matching are run.
 */
final class TimeCues {
  static final int DIGIT = 1;
  static final int YEAR = 1 << 1;
  static final int MONTH = 1 << 2;
  static final int WEEKDAY = 1 << 3;
  static final int SEASON = 1 << 4;
  static final int DAY_WORD = 1 << 5;
  static final int UNIT = 1 << 6;
  static final int AGO = 1 << 7;
  static final int VAGUE = 1 << 8;

  private final Map<String, Integer> caseSensitive = new HashMap<>();
  private final Map<String, Integer> lowerCase = new HashMap<>();

  TimeCues(TemporalLexicon lexicon) {
    lexicon.months.keySet().forEach(m -> add(caseSensitive, m.replace(".", ""), MONTH));
    lexicon.weekdays.keySet().forEach(d -> add(caseSensitive, d.replace(".", ""), WEEKDAY));
    lexicon.seasons.keySet().forEach(s -> add(lowerCase, s, SEASON));
    for (String phrase : lexicon.dayWords.keySet()) {
      for (String word : phrase.split(" ")) {
        if ((word.length() > 4 || "today".equals(word)) && !"before".equals(word) && !"after".equals(word)) {
          add(lowerCase, word, DAY_WORD);
        }
      }
    }
    for (String unit : new String[] {"day", "days", "week", "weeks", "fortnight", "month", "months", "year", "years", "decade", "decades",
        "weekend"}) {
      add(lowerCase, unit, UNIT);
    }
    add(lowerCase, "ago", AGO);
    for (String phrase : lexicon.vaguePhrases) {
      String[] words = phrase.split(" ");
      add(lowerCase, words[words.length - 1], VAGUE);
    }
  }

  private static void add(Map<String, Integer> map, String word, int cue) {
    map.merge(word, cue, (a, b) -> a | b);
  }

  /** The cues present in the sentence, as a bit set. */
  int of(String sentence) {
    int cues = 0;
    int n = sentence.length();
    int i = 0;
    while (i < n) {
      char c = sentence.charAt(i);
      if (Character.isDigit(c)) {
        int start = i;
        while (i < n && Character.isDigit(sentence.charAt(i))) {
          i++;
        }
        cues |= DIGIT | (i - start == 4 ? YEAR : 0);
      } else if (Character.isLetter(c)) {
        int start = i;
        while (i < n && Character.isLetter(sentence.charAt(i))) {
          i++;
        }
        String word = sentence.substring(start, i);
        cues |= caseSensitive.getOrDefault(word, 0) | lowerCase.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
      } else {
        i++;
      }
    }
    return cues;
  }
}
