package org.factquiz.generate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The spellings a blanked word is also right in: British and American ("recognises" and
 * "recognizes", "defence" and "defense", "honour" and "honor"), and a hyphenated compound with a
 * space ("damage-limitation", "damage limitation"), a prefix's also run together ("nonstop"). Each
 * has the word's first letter and length in letters, the hint the cloze stem gives.
 */
final class Spellings {
  private static final String[][] PAIRS = {
      {"ise", "ize"}, {"ised", "ized"}, {"ises", "izes"}, {"ising", "izing"}, {"isation", "ization"},
      {"yse", "yze"}, {"ysed", "yzed"}, {"our", "or"}, {"ours", "ors"}, {"tre", "ter"},
      {"tres", "ters"}, {"ogue", "og"}, {"elled", "eled"}, {"elling", "eling"}};

  /** Whole words whose other spelling no ending rule gives safely ("influence" has none). */
  private static final String[][] WORDS = {{"defence", "defense"}, {"offence", "offense"}, {"licence", "license"},
      {"pretence", "pretense"}, {"programme", "program"}, {"programmes", "programs"}};

  /** A prefix before a vowel, written with or without a hyphen: "reengagement", "cooperation", "preeminent". */
  private static final java.util.regex.Pattern PREFIX = java.util.regex.Pattern.compile("(re|co|pre|de)([aeiou]\\p{L}{3,})");

  /** A short prefix hyphened to a word ("non-stop", "re-engagement", "pro-Western"), also written run together. */
  private static final java.util.regex.Pattern JOINABLE = java.util.regex.Pattern.compile("\\p{Ll}{2,4}-\\p{L}{3,}");

  private Spellings() {}

  static List<String> of(String word) {
    Set<String> out = new LinkedHashSet<>();
    out.add(word);
    for (String[] p : PAIRS) {
      swap(word, p[0], p[1], out);
      swap(word, p[1], p[0], out);
    }
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    for (String[] w : WORDS) {
      if (lower.equals(w[0])) {
        out.add(w[1]);
      } else if (lower.equals(w[1])) {
        out.add(w[0]);
      }
    }
    if (word.contains("-")) {
      out.add(word.replace('-', ' '));
    }
    java.util.regex.Matcher prefix = PREFIX.matcher(word);
    if (prefix.matches()) {
      out.add(prefix.group(1) + "-" + prefix.group(2)); // "reengagement", "re-engagement"
    }
    if (JOINABLE.matcher(word).matches()) {
      // "nonstop", "reengagement", "prowestern": a prefix runs into its word
      out.add(word.replaceFirst("-", "").toLowerCase(java.util.Locale.ROOT));
    }
    return List.copyOf(out);
  }

  private static void swap(String word, String from, String to, Set<String> out) {
    if (word.length() >= from.length() + 3 && word.endsWith(from)) {
      out.add(word.substring(0, word.length() - from.length()) + to);
    }
  }
}
