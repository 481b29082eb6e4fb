package org.factquiz.generate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one article, counted once: how often each occurs (a run of letters and hyphens,
 * ignoring case) and which words stand right before each word. Cloze questions ask these for every
 * candidate blank, so that no candidate rescans the article.
 */
final class ArticleWords {
  private static final Pattern RUN = Pattern.compile("[\\p{L}-]+");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  private final Map<String, Integer> counts = new HashMap<>();
  private final Map<String, Set<String>> before = new HashMap<>();

  ArticleWords(String text) {
    Matcher run = RUN.matcher(text);
    while (run.find()) {
      counts.merge(run.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    Matcher m = LETTERS.matcher(text);
    String previous = null;
    int previousEnd = -1;
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      if (previous != null && text.substring(previousEnd, m.start()).isBlank()) {
        before.computeIfAbsent(word, k -> new HashSet<>()).add(previous);
      }
      previous = word;
      previousEnd = m.end();
    }
  }

  /** How often the word occurs as a whole run of letters and hyphens, ignoring case. */
  int count(String word) {
    return counts.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
  }

  /** The words that stand right before {@code word} somewhere in the article, lower case. */
  Set<String> before(String word) {
    return before.getOrDefault(word.toLowerCase(Locale.ROOT), Set.of());
  }
}
