package org.factquiz.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The English words that tell a dated happening from a state or a prospect, read from lexicon files. */
final class EventVocabulary {
  private static final EventVocabulary ENGLISH = new EventVocabulary();

  final Set<String> happeningNouns = words("event-nouns.txt");
  final Set<String> prospectWords = words("event-prospect-words.txt");
  final Set<String> stateVerbs = new LinkedHashSet<>();
  final Set<String> boundWords = new LinkedHashSet<>();
  final Set<String> subordinators = words("event-subordinators.txt");
  final Set<String> speechVerbs = TemporalLexicon.english().speechVerbs;
  final Set<String> encounterVerbs = TemporalLexicon.english().encounterVerbs;

  private EventVocabulary() {
    for (String line : TemporalLexicon.lines("event-state-words.txt")) {
      boolean bound = line.startsWith("@bound");
      List<String> list = List.of(line.replaceFirst("^@bound\\s*", "").split("\\s+"));
      (bound ? boundWords : stateVerbs).addAll(list);
    }
  }

  static EventVocabulary english() {
    return ENGLISH;
  }

  private static Set<String> words(String file) {
    Set<String> words = new LinkedHashSet<>();
    for (String line : TemporalLexicon.lines(file)) {
      words.addAll(List.of(line.split("\\s+")));
    }
    return words;
  }
}
