package org.factquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.DatedEvent;
import org.factquiz.extract.Evidence;
import org.factquiz.extract.Person;
import org.factquiz.extract.RoleHolding;
import org.factquiz.extract.Statement;

/**
 * Gives facts read from a file without offsets (gold facts: quotes with no evidence, events with
 * the sentence but no span) their evidence, by finding the sentence in the article's text; facts
 * whose sentence cannot be found keep what they had. Roles given only on people become role facts.
 */
public final class EvidenceLocator {
  private EvidenceLocator() {}

  public static ArticleFacts locate(ArticleFacts a, String text) {
    String id = a.article();
    EvidenceWindow w = new EvidenceWindow(ArticleTexts.of(Map.of(id, text)));
    Evidence origin = new Evidence(id, 0, 0, 0, "");
    List<Statement> statements = new ArrayList<>();
    for (Statement s : a.statements()) {
      Evidence e = located(s.evidence(), text, id);
      if (e == null) {
        String t = s.text().strip();
        e = w.sentenceWith(origin, t.length() > 40 ? t.substring(0, 40) : t)
            .or(() -> w.sentenceWith(origin, Excerpts.firstWords(t, 3))).orElse(null);
      }
      statements.add(new Statement(s.speaker(), s.direct(), s.text(), e));
    }
    List<RoleHolding> roles = new ArrayList<>();
    a.roles().forEach(r -> roles.add(new RoleHolding(r.person(), r.role(), located(r.evidence(), text, id))));
    if (roles.isEmpty()) {
      for (Person p : a.people()) {
        for (String role : p.roles()) {
          roleSentence(w, text, id, role, NameForms.of(p)).ifPresent(e -> roles.add(new RoleHolding(p.name(), role, e)));
        }
      }
    }
    List<DatedEvent> events = new ArrayList<>();
    a.events().forEach(e -> events.add(e.withEvidence(located(e.evidence(), text, id))));
    return new ArticleFacts(id, a.title(), a.dateline(), a.people(), a.bodies(), statements, roles, events);
  }

  /** The evidence itself when its span is right, else the first place its sentence occurs, else null. */
  private static Evidence located(Evidence e, String text, String id) {
    if (e == null || e.sentence() == null || e.sentence().isBlank()) {
      return null;
    }
    if (EvidenceWindow.verbatim(e, text)) {
      return e;
    }
    int at = text.indexOf(e.sentence());
    return at < 0 ? null : new Evidence(id, Math.max(0, e.paragraph()), at, at + e.sentence().length(), e.sentence());
  }

  private static Optional<Evidence> roleSentence(EvidenceWindow w, String text, String id, String role, List<String> forms) {
    for (int from = text.indexOf(role); from >= 0; from = text.indexOf(role, from + 1)) {
      Optional<Evidence> e = w.sentenceWith(new Evidence(id, 0, from, from, ""), role);
      if (e.isPresent() && NameForms.mentionsAny(e.get().sentence(), forms)) {
        return e;
      }
    }
    return Optional.empty();
  }
}
