package org.factquiz.generate;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The right answer of a question; which fields are set depends on the kind:
 * <ul>
 *   <li>single choice, true/false: {@code choices} holds the one right option id
 *       (true/false options have ids "true" and "false");
 *   <li>multiple response: {@code choices} holds every right option id;
 *   <li>ordering: {@code choices} holds all option ids in the right order;
 *   <li>matching: {@code pairs} maps each premise id to its option id;
 *   <li>cloze, short answer: {@code text} is the canonical answer (alternatives are in the
 *       question's {@code accepted});
 *   <li>numeric/date: {@code number} with {@code tolerance} (0 for an exact year).
 * </ul>
 */
public record AnswerKey(
    List<String> choices, Map<String, String> pairs, String text, Double number, Double tolerance) {
  public AnswerKey {
    choices = choices == null ? List.of() : List.copyOf(choices);
    // sorted by premise id, so that the written set is byte-for-byte the same on every run
    pairs = pairs == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(pairs));
  }

  public static AnswerKey ofChoices(List<String> ids) {
    return new AnswerKey(ids, null, null, null, null);
  }

  public static AnswerKey ofPairs(Map<String, String> pairs) {
    return new AnswerKey(null, pairs, null, null, null);
  }

  public static AnswerKey ofText(String text) {
    return new AnswerKey(null, null, text, null, null);
  }

  public static AnswerKey ofNumber(double number, double tolerance) {
    return new AnswerKey(null, null, null, number, tolerance);
  }
}
