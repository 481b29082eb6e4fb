package org.factquiz.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a candidate against the questions already accepted into the set: no two questions test the
 * same aspect of the same fact, no two share a stem, and no question shows another's key (its stem,
 * an option or a premise holding what the other asks about together with the other's answer).
 * Leaks are looked for among questions of the same article, which keeps the check linear in the corpus.
 */
final class SetValidator {
  private final Map<String, String> byFactAspect = new HashMap<>();
  private final Map<String, String> byStem = new HashMap<>();
  private final Map<String, List<Candidate>> byArticle = new HashMap<>();

  /** Why the candidate cannot join the set, or empty after adding it. */
  Optional<String> offer(Candidate c) {
    Question q = c.question();
    String aspect = q.factId() + "|" + c.aspect().aspect();
    if (byFactAspect.containsKey(aspect)) {
      return Optional.of("tests the same fact (" + c.aspect().aspect().wireName() + ") as " + byFactAspect.get(aspect));
    }
    String stem = q.kind() + "|" + NameForms.normal(q.stem()) + "|" + NameForms.normal(String.valueOf(q.premises()))
        + "|" + q.options().stream().map(o -> NameForms.normal(o.text())).sorted().toList();
    if (byStem.containsKey(stem)) {
      return Optional.of("same stem as " + byStem.get(stem));
    }
    List<Candidate> same = byArticle.computeIfAbsent(q.source().article(), k -> new ArrayList<>());
    for (Candidate other : same) {
      if (reveals(q, other)) {
        return Optional.of("shows the key of " + other.question().id());
      }
      if (reveals(other.question(), c)) {
        return Optional.of("its key is shown by " + other.question().id());
      }
    }
    byFactAspect.put(aspect, q.id());
    byStem.put(stem, q.id());
    same.add(c);
    return Optional.empty();
  }

  /** True when a text unit of {@code shower} holds the cue and key of {@code asked}. */
  static boolean reveals(Question shower, Candidate asked) {
    if (asked.giveaway() == null || shower.factId().equals(asked.question().factId()) && shower == asked.question()) {
      return false;
    }
    if (asked.giveaway().revealedBy(shower.stem())) {
      return true;
    }
    for (Choice o : shower.options()) {
      if (asked.giveaway().revealedBy(o.text())) {
        return true;
      }
    }
    for (Choice p : shower.premises()) {
      if (asked.giveaway().revealedBy(p.text())) {
        return true;
      }
    }
    return false;
  }
}
