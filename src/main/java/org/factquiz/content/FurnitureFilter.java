package org.factquiz.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises site furniture by general rules: known chrome phrases ("Accessibility links"), share
 * bars, photo captions with credits, publication metadata ("Volume: 6 Issue: 17") and menus.
 */
final class FurnitureFilter {
  private static final Pattern CREDIT = Pattern.compile("\u00a9|\\(c\\)\\s|\\b\\d+\\s?[KkMm][Bb]\\s*\\)");
  private static final Pattern LABEL = Pattern.compile("\\b\\p{Lu}\\p{Ll}+:\\s");

  private final Set<String> phrases = Lexicon.load("content/furniture.txt").asSet();
  private final List<String> prefixes = Lexicon.load("content/furniture-prefixes.txt").entries().stream()
      .map(p -> p.toLowerCase(Locale.ROOT)).toList();
  private final Set<String> networks = Lexicon.load("content/share-networks.txt").asSet();

  boolean isFurniture(Block block) {
    String text = block.text().strip();
    String folded = fold(text);
    if (folded.isEmpty() || phrases.contains(folded)) {
      return true;
    }
    int words = block.words();
    if (CREDIT.matcher(text).find() && words <= 40) {
      return true;
    }
    if (words <= 12 && !block.endsLikeSentence()) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (prefixes.stream().anyMatch(lower::startsWith) || block.menuLine()) {
        return true;
      }
      if (countLabels(text) >= 2) {
        return true;
      }
    }
    return words <= 20 && shareNames(folded) >= 2;
  }

  private int shareNames(String folded) {
    int n = 0;
    for (String w : folded.split(" ")) {
      if (networks.contains(w)) {
        n++;
      }
    }
    return n;
  }

  private static int countLabels(String text) {
    int n = 0;
    var m = LABEL.matcher(text);
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** Lower case, every run of non-letters and non-digits folded to one space, trimmed. */
  static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    return space && end > 0 ? out.substring(0, end - 1) : out.toString();
  }
}
