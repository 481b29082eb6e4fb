package org.factquiz.generate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The spellings a blanked word is also right in: British and American ("recognises" and
 * "recognizes", "defence" and "defense", "honour" and "honor"), and a hyphenated compound with a
 * space or run together ("damage-limitation", "damage limitation").
 */
final class Spellings {
  private static final String[][] PAIRS = {
      {"ise", "ize"}, {"ised", "ized"}, {"ises", "izes"}, {"ising", "izing"}, {"isation", "ization"},
      {"yse", "yze"}, {"ysed", "yzed"}, {"our", "or"}, {"ours", "ors"}, {"ence", "ense"}, {"tre", "ter"},
      {"tres", "ters"}, {"ogue", "og"}, {"elled", "eled"}, {"elling", "eling"}, {"mme", "m"}, {"mmes", "ms"}};

  private Spellings() {}

  static List<String> of(String word) {
    Set<String> out = new LinkedHashSet<>();
    out.add(word);
    for (String[] p : PAIRS) {
      swap(word, p[0], p[1], out);
      swap(word, p[1], p[0], out);
    }
    if (word.contains("-")) {
      out.add(word.replace('-', ' '));
    }
    if (word.startsWith("mid-") && word.length() > 5) {
      out.add(word.substring(4)); // "sometime in February" for "sometime in mid-February"
    }
    return List.copyOf(out);
  }

  private static void swap(String word, String from, String to, Set<String> out) {
    if (word.length() >= from.length() + 3 && word.endsWith(from)) {
      out.add(word.substring(0, word.length() - from.length()) + to);
    }
  }
}
