package org.factquiz.quiz;

import java.util.List;
import java.util.Map;

/**
 * A learner's answer to one question; which field is used depends on the kind: {@code choices}
 * (single, multiple, true/false, ordering in order), {@code pairs} (matching, premise to option),
 * {@code text} (cloze, short answer) or {@code number} (numeric).
 */
public record Answer(List<String> choices, Map<String, String> pairs, String text, Double number) {
  public Answer {
    choices = choices == null ? List.of() : List.copyOf(choices);
    pairs = pairs == null ? Map.of() : Map.copyOf(pairs);
  }

  public static Answer ofChoices(List<String> ids) {
    return new Answer(ids, null, null, null);
  }

  public static Answer ofPairs(Map<String, String> pairs) {
    return new Answer(null, pairs, null, null);
  }

  public static Answer ofText(String text) {
    return new Answer(null, null, text, null);
  }

  public static Answer ofNumber(double number) {
    return new Answer(null, null, null, number);
  }

  public boolean isEmpty() {
    return choices.isEmpty() && pairs.isEmpty() && (text == null || text.isBlank()) && number == null;
  }
}
