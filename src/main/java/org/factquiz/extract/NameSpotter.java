package org.factquiz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds runs of capitalised words in a sentence's tokens. A run breaks at anything but white
 * space, after a possessive, and at lower-case words, except "of", "for", "and", "in" after a
 * body head noun ("Organization for Security and Cooperation in Europe"). A sentence-initial
 * function word ("The", "But") or a word the article also writes in lower case is no name.
 */
final class NameSpotter {
  /** Connectors a body name may hold right after its head noun ("Ministry of Defence"). */
  private static final Set<String> HEAD_CONNECTORS = Set.of("of", "for", "to");
  /** Connectors allowed only inside an "X for Y" name ("... Security and Cooperation in Europe"). */
  private static final Set<String> INNER_CONNECTORS = Set.of("and", "in", "on");

  private final Vocabulary vocabulary = Vocabulary.get();

  List<NameRun> spot(String text, List<Token> tokens, Set<String> lowerCaseWords) {
    List<NameRun> runs = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      if (!startsName(tokens, i, lowerCaseWords)) {
        i++;
        continue;
      }
      int j = i + 1;
      boolean sawHead = vocabulary.headKind(tokens.get(i).text()) != null;
      boolean sawConnector = false;
      while (j < tokens.size() && !tokens.get(j - 1).possessive() && onlySpaceBetween(text, tokens.get(j - 1), tokens.get(j))) {
        Token t = tokens.get(j);
        if (t.capitalized()) {
          sawHead |= vocabulary.headKind(t.text()) != null;
          j++;
        } else if (connects(t.text(), sawHead, sawConnector) && j + 1 < tokens.size()
            && tokens.get(j + 1).capitalized() && !vocabulary.functionWords.contains(tokens.get(j + 1).text())
            && onlySpaceBetween(text, t, tokens.get(j + 1))) {
          sawConnector = true;
          j += 2;
        } else {
          break;
        }
      }
      runs.add(new NameRun(tokens.subList(i, j), i));
      i = j;
    }
    return runs;
  }

  private static boolean connects(String word, boolean sawHead, boolean sawConnector) {
    return (sawHead && HEAD_CONNECTORS.contains(word)) || (sawConnector && INNER_CONNECTORS.contains(word));
  }

  private boolean startsName(List<Token> tokens, int i, Set<String> lowerCaseWords) {
    Token t = tokens.get(i);
    if (!t.capitalized()) {
      return false;
    }
    if (vocabulary.functionWords.contains(t.text())) {
      return false;
    }
    boolean sentenceInitial = i == 0;
    return !(sentenceInitial && lowerCaseWords.contains(t.text().toLowerCase(java.util.Locale.ROOT))
        && !vocabulary.isCountryWord(t.text()) && !vocabulary.knownBodies.containsKey(t.text()));
  }

  private static boolean onlySpaceBetween(String text, Token a, Token b) {
    for (int k = a.end(); k < b.start(); k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return b.start() > a.end();
  }
}
