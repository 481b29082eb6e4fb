package org.factquiz.quiz;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a typed answer means one of the accepted answers: case, accents, punctuation
 * and spacing are ignored, and a small typo (one edit in 4–7 letters, two from 8) is forgiven.
 */
final class TextAnswerMatcher {
  private TextAnswerMatcher() {}

  /** A reason the answer was accepted, or empty when it was not. */
  static Optional<String> accept(String typed, List<String> accepted) {
    String given = normalise(typed);
    if (given.isEmpty()) {
      return Optional.empty();
    }
    for (String candidate : accepted) {
      if (given.equals(normalise(candidate))) {
        return Optional.of(candidate.trim().equals(typed.trim())
            ? "exactly the expected answer"
            : "matches \"" + candidate + "\" (case, accents and punctuation are ignored)");
      }
    }
    for (String candidate : accepted) {
      String want = normalise(candidate);
      int distance = distance(given, want);
      if (distance > 0 && distance <= allowedTypos(want)) {
        return Optional.of("accepted with a small typo: \"" + typed.trim() + "\" is close to \"" + candidate + "\"");
      }
    }
    return Optional.empty();
  }

  static String normalise(String s) {
    if (s == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String lettersOnly = decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    return lettersOnly.replaceAll("^(the|a|an) ", "");
  }

  static int allowedTypos(String normalisedAnswer) {
    int letters = normalisedAnswer.replace(" ", "").length();
    if (letters >= 8) {
      return 2;
    }
    return letters >= 4 ? 1 : 0;
  }

  /** Levenshtein distance with adjacent transpositions counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
