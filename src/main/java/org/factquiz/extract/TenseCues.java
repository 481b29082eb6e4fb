package org.factquiz.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tense of the clause just before a date: a future marker ("will", "is due to",
 * "scheduled") or a past form ("signed", "was", "has", "took"), to place a date written without
 * its year or a bare weekday before or after the dateline.
 */
final class TenseCues {
  private static final int WINDOW = 100;
  private static final Pattern WORD = Pattern.compile("\\p{Ll}+");
  private static final Set<String> PAST_AUXILIARIES = Set.of("was", "were", "had", "has", "have", "did");

  private final Pattern future;
  private final Set<String> irregularPast;

  TenseCues(TemporalLexicon lexicon) {
    this.future = Pattern.compile("(?i)(?<![\\w'])" + TemporalLexicon.alternation(lexicon.futureMarkers) + "(?![\\w-])");
    this.irregularPast = lexicon.irregularPastVerbs;
  }

  /** Whether the clause before {@code position} speaks of the future. */
  boolean future(String sentence, int position) {
    return future.matcher(clauseBefore(sentence, position)).find();
  }

  /** Whether the clause before {@code position} speaks of the past and not of the future. */
  boolean past(String sentence, int position) {
    String clause = clauseBefore(sentence, position);
    if (future.matcher(clause).find()) {
      return false;
    }
    Matcher m = WORD.matcher(clause);
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if ((word.endsWith("ed") && word.length() >= 4) || PAST_AUXILIARIES.contains(word) || irregularPast.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String clauseBefore(String sentence, int position) {
    String window = sentence.substring(Math.max(0, position - WINDOW), position);
    int clause = Math.max(window.lastIndexOf(';'), Math.max(window.lastIndexOf('.'), window.lastIndexOf(" -- ")));
    return window.substring(clause + 1);
  }
}
