package org.factquiz.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Picks {@code count} questions from a bank, taking kinds in turn so that a short set still mixes
 * kinds, and sentences not yet asked about first so that it does not test one fact twice.
 */
final class QuestionSelection {
  private QuestionSelection() {}

  static List<Question> choose(List<Question> bank, Integer count, long seed) {
    if (count == null || count >= bank.size()) {
      return List.copyOf(bank);
    }
    Map<QuestionKind, List<Question>> byKind = new EnumMap<>(QuestionKind.class);
    Random random = new Random(seed);
    for (Question q : bank) {
      byKind.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(q);
    }
    byKind.replaceAll((k, qs) -> DistractorPicker.shuffled(qs, random));
    List<Question> out = new ArrayList<>();
    java.util.Set<String> sentences = new java.util.HashSet<>();
    while (out.size() < count) {
      for (List<Question> qs : byKind.values()) {
        if (out.size() < count && !qs.isEmpty()) {
          // a question on a sentence already asked about waits while the kind has another
          Question q = qs.stream().filter(x -> !sentences.contains(sentence(x))).findFirst().orElse(qs.get(0));
          qs.remove(q);
          out.add(q);
          sentences.add(sentence(q));
        }
      }
    }
    return out;
  }

  /** The sentence a question rests on: two questions on one sentence in a short set repeat a fact. */
  private static String sentence(Question q) {
    return q.evidence() == null ? q.id() : q.evidence().article() + "|" + q.evidence().start();
  }
}
