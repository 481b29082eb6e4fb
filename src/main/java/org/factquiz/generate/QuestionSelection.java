package org.factquiz.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Picks {@code count} questions from a bank, taking kinds in turn so that a short set still mixes kinds. */
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
    while (out.size() < count) {
      for (List<Question> qs : byKind.values()) {
        if (out.size() < count && !qs.isEmpty()) {
          out.add(qs.remove(0));
        }
      }
    }
    return out;
  }
}
