package org.factquiz.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.DatedEvent;
import org.factquiz.extract.Statement;

/**
 * Checks a generated bank against the gold facts: keys of who-said questions are the gold speaker
 * of that quote, keys of date questions the gold date; no duplicate options; evidence verbatim.
 */
final class BankAudit {
  final Map<QuestionKind, Integer> perKind = new EnumMap<>(QuestionKind.class);
  final List<String> disagreements = new ArrayList<>();
  final List<String> duplicateOptions = new ArrayList<>();
  final List<String> notVerbatim = new ArrayList<>();
  int speakerChecked;
  int dateChecked;
  int distinct;

  static BankAudit of(List<Question> questions, GoldCorpus gold) {
    BankAudit a = new BankAudit();
    Set<String> stems = new HashSet<>();
    for (Question q : questions) {
      a.perKind.merge(q.kind(), 1, Integer::sum);
      if (stems.add(q.kind() + "|" + q.stem() + "|" + q.premises() + "|" + q.options())) {
        a.distinct++;
      }
      Set<String> seen = new HashSet<>();
      q.options().forEach(o -> {
        if (!seen.add(NameForms.normal(o.text()))) {
          a.duplicateOptions.add(q.id());
        }
      });
      String text = gold.texts.get(q.evidence().article());
      if (text == null || !EvidenceWindow.verbatim(q.evidence(), text)) {
        a.notVerbatim.add(q.id());
      }
      ArticleFacts g = gold.facts.stream().filter(f -> f.article().equals(q.source().article())).findFirst().orElseThrow();
      a.speaker(q, g);
      a.date(q, g);
    }
    return a;
  }

  /** A who-said question (choice or short answer): its key must be a gold speaker of the words in its stem. */
  private void speaker(Question q, ArticleFacts g) {
    String t = q.tags().template();
    if (!t.startsWith("who-said")) {
      return;
    }
    String key = q.key().text() != null ? q.key().text()
        : q.options().stream().filter(o -> o.id().equals(q.key().choices().get(0))).findFirst().orElseThrow().text();
    String stem = NameForms.normal(q.stem());
    List<String> speakers = new ArrayList<>();
    for (Statement s : g.statements()) {
      String words = NameForms.normal(Excerpts.firstWords(s.text(), 6));
      if (!words.isEmpty() && stem.contains(words)) {
        speakers.add(s.speaker());
      }
    }
    if (speakers.isEmpty()) {
      return;
    }
    speakerChecked++;
    if (!speakers.contains(key)) {
      disagreements.add(q.id() + " key " + key + " but gold says " + speakers + ": " + q.stem());
    }
  }

  /** A when/year question: its key must be the gold date of the event its evidence states. */
  private void date(Question q, ArticleFacts g) {
    String t = q.tags().template();
    if (!t.equals("when-event") && !t.equals("event-year")) {
      return;
    }
    List<DateValue> gold = new ArrayList<>();
    for (DatedEvent e : g.events()) {
      if (e.evidence().sentence().equals(q.evidence().sentence())) {
        DateValue.of(e.when()).ifPresent(gold::add);
      }
    }
    if (gold.isEmpty()) {
      return;
    }
    dateChecked++;
    boolean ok = q.kind() == QuestionKind.NUMERIC
        ? gold.stream().anyMatch(d -> d.start().getYear() == q.key().number().intValue())
        : gold.stream().anyMatch(d -> d.display().equals(q.options().stream()
            .filter(o -> o.id().equals(q.key().choices().get(0))).findFirst().orElseThrow().text()));
    if (!ok) {
      disagreements.add(q.id() + " date key disagrees with gold " + gold + ": " + q.stem());
    }
  }

  @Override
  public String toString() {
    return "questions per kind " + perKind + ", distinct " + distinct + ", speaker keys checked " + speakerChecked
        + ", date keys checked " + dateChecked + ", disagreements " + disagreements.size() + ", duplicate options "
        + duplicateOptions.size() + ", evidence not verbatim " + notVerbatim.size();
  }
}
