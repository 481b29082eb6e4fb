package org.factquiz.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a candidate against the questions already accepted into the set: no two questions test the
 * same aspect of the same fact, no two share a stem or ask for the same word of the same sentence, and no question shows another's key (its stem,
 * an option or a premise holding what the other asks about together with the other's answer).
 * Leaks are looked for among questions of the same article, which keeps the check linear in the corpus.
 */
final class SetValidator {
  private final Map<String, String> byFactAspect = new HashMap<>();
  private final Map<String, String> byStem = new HashMap<>();
  private final Map<String, List<Shown>> byArticle = new HashMap<>();

  /** An accepted candidate with its text units folded once. */
  private record Shown(Candidate candidate, List<String> units) {
    static Shown of(Candidate c) {
      List<String> units = new ArrayList<>();
      units.add(NameForms.padded(QuestionValidator.ownWords(c.question())));
      c.question().options().forEach(o -> units.add(NameForms.padded(o.text())));
      c.question().premises().forEach(p -> units.add(NameForms.padded(p.text())));
      return new Shown(c, units);
    }

    boolean reveals(Candidate asked) {
      return asked.giveaway() != null && asked.question() != candidate.question()
          && units.stream().anyMatch(asked.giveaway()::revealedByFolded);
    }
  }

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
    String blank = q.key().text() == null || q.evidence() == null ? null
        : q.source().article() + "|" + q.evidence().start() + "|" + NameForms.normal(q.key().text());
    if (blank != null && byStem.containsKey(blank)) {
      return Optional.of("asks for the same word of the same sentence as " + byStem.get(blank));
    }
    String sentence = q.kind() != QuestionKind.CLOZE || q.evidence() == null ? null
        : "cloze|" + q.source().article() + "|" + q.evidence().start();
    if (sentence != null && byStem.containsKey(sentence)) {
      return Optional.of("blanks another word of the sentence " + byStem.get(sentence) + " blanks: one shows the other's key");
    }
    List<Shown> same = byArticle.computeIfAbsent(q.source().article(), k -> new ArrayList<>());
    Shown shown = Shown.of(c);
    for (Shown other : same) {
      if (other.candidate().giveaway() != null && shown.reveals(other.candidate())) {
        return Optional.of("shows the key of " + other.candidate().question().id());
      }
      if (other.reveals(c)) {
        return Optional.of("its key is shown by " + other.candidate().question().id());
      }
    }
    byFactAspect.put(aspect, q.id());
    byStem.put(stem, q.id());
    if (blank != null) {
      byStem.put(blank, q.id());
    }
    if (sentence != null) {
      byStem.put(sentence, q.id());
    }
    same.add(shown);
    return Optional.empty();
  }
}
