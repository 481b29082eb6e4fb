package org.factquiz.generate;

import java.util.List;

/** Whether option texts look alike, so that the key does not stand out by length or form. */
final class Shape {
  /** Longest over shortest option length beyond which the key stands out. */
  static final double MAX_LENGTH_RATIO = 2.5;

  private Shape() {}

  /** Alike: both capitalised or both lower-case, both with or without digits, lengths within the ratio. */
  static boolean alike(String a, String b) {
    return capitalised(a) == capitalised(b)
        && hasDigit(a) == hasDigit(b)
        && ratio(a.length(), b.length()) <= MAX_LENGTH_RATIO;
  }

  /**
   * True for a name of capitalised words only ("United States", "Russia"), false for a description
   * with a common noun ("Bush administration", "Russian government"). A country's name and its
   * government's description may stand for each other, so they are never options against each other.
   */
  static boolean properName(String s) {
    for (String w : s.strip().split("\\s+")) {
      if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !Vocabulary.STOPWORDS.contains(w) && !SMALL_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "for", "and", "the", "on", "in", "de");

  /** Why the key stands out among the options, or null when it does not. */
  static String standsOut(String key, List<String> wrong) {
    if (wrong.isEmpty()) {
      return null;
    }
    if (wrong.stream().noneMatch(w -> capitalised(w) == capitalised(key))) {
      return "the key alone is " + (capitalised(key) ? "capitalised" : "lower-case");
    }
    if (wrong.stream().noneMatch(w -> hasDigit(w) == hasDigit(key))) {
      return "the key alone " + (hasDigit(key) ? "has" : "lacks") + " digits";
    }
    int longest = wrong.stream().mapToInt(String::length).max().orElse(0);
    int shortest = wrong.stream().mapToInt(String::length).min().orElse(0);
    if (key.length() > longest && ratio(key.length(), longest) > MAX_LENGTH_RATIO) {
      return "the key is far longer than every other option";
    }
    if (key.length() < shortest && ratio(key.length(), shortest) > MAX_LENGTH_RATIO) {
      return "the key is far shorter than every other option";
    }
    return null;
  }

  private static boolean capitalised(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }

  private static double ratio(int a, int b) {
    return (double) Math.max(a, b) / Math.max(1, Math.min(a, b));
  }
}
