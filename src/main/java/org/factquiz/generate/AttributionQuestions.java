package org.factquiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.Evidence;
import org.factquiz.extract.Statement;

/**
 * Makes "which of these statements does the article attribute to X" questions (multiple response):
 * up to two of X's statements are right, statements of others in the article are wrong; a speaker
 * of more than two statements gets a question for each further two.
 */
final class AttributionQuestions {
  private final Drafting d;

  AttributionQuestions(Drafting d) {
    this.d = d;
  }

  /**
   * Questions on the article's speakers; {@code elsewhere} (statements of the next articles) fills
   * the wrong options when the article has too few statements of other people.
   */
  List<Outcome> make(Template t, ArticleFacts a, List<Statement> usable, List<Statement> elsewhere) {
    Map<Named, List<Statement>> bySpeaker = new LinkedHashMap<>();
    for (Statement s : usable) {
      Named who = d.index.named(a.article(), s.speaker());
      Named same = bySpeaker.keySet().stream().filter(who::sameAs).findFirst().orElse(who);
      bySpeaker.computeIfAbsent(same, k -> new ArrayList<>()).add(s);
    }
    List<Outcome> out = new ArrayList<>();
    for (Map.Entry<Named, List<Statement>> e : bySpeaker.entrySet()) {
      if (!e.getKey().person()) {
        // a government or alliance speaks through its people, whose words would also be its own
        out.add(Outcome.none(t, StableIds.group(e.getValue().stream().map(StableIds::fact).toList()),
            e.getKey().name() + " speaks through people of the article: their statements are not wrong options"));
        continue;
      }
      // a speaker of many statements gets one question per two of them
      List<Statement> own = e.getValue();
      for (int from = 0; from < own.size(); from += 2) {
        out.add(question(t, a, usable, elsewhere, e.getKey(), own.subList(from, Math.min(own.size(), from + 2))));
      }
    }
    return out;
  }

  private Outcome question(Template t, ArticleFacts a, List<Statement> usable, List<Statement> elsewhere, Named who,
      List<Statement> keys) {
    String groupId = StableIds.group(keys.stream().map(StableIds::fact).toList());
    Random random = d.random(groupId, t);
    // a wrong option that names X ("the U.S. sees ...", "Putin's decision ...") may be read as X's own position
    // wrong statements are people's: a body's position is voiced by people who may be the subject's colleagues
    List<Statement> others = usable.stream().filter(s -> d.index.named(a.article(), s.speaker()).person())
        .filter(s -> !d.index.named(a.article(), s.speaker()).sameAs(who))
        .filter(s -> !NameForms.mentionsAny(option(s), who.forms())).toList();
    int wanted = Math.max(2, t.options() - keys.size());
    // wrong options in the keys' form: quotations beside quotations, "that ..." beside "that ..."
    boolean quotes = keys.stream().allMatch(Statement::direct);
    boolean reports = keys.stream().noneMatch(Statement::direct);
    java.util.function.Predicate<Statement> sameForm = s -> (!quotes || s.direct()) && (!reports || !s.direct());
    others = others.stream().filter(sameForm).toList();
    elsewhere = elsewhere.stream().filter(sameForm).toList();
    List<Statement> wrong = new ArrayList<>(DistractorPicker.shuffled(others, random).subList(0, Math.min(wanted, others.size())));
    for (Statement s : DistractorPicker.shuffled(elsewhere, random)) {
      Named by = d.index.named(s.evidence().article(), s.speaker());
      if (wrong.size() < wanted && by.person() && !by.sameAs(who) && !NameForms.mentionsAny(option(s), who.forms())
          && belongsBeside(s, a)) {
        wrong.add(s);
      }
    }
    if (wrong.size() < 2) {
      return Outcome.none(t, groupId, "too few statements by others in the article to attribute to " + who.name());
    }
    List<String> keyTexts = keys.stream().map(AttributionQuestions::option).toList();
    List<String> texts = new ArrayList<>(keyTexts);
    wrong.forEach(s -> texts.add(option(s)));
    List<Choice> options = Drafting.choices(texts, random);
    List<String> keyIds = options.stream().filter(c -> keyTexts.contains(c.text())).map(Choice::id).toList();
    List<Claim> claims = new ArrayList<>();
    Evidence first = null;
    for (Statement k : keys) {
      Evidence ev = d.window.widenedTo(k.evidence(), who.forms());
      first = first == null ? ev : first;
      claims.add(new Claim.Mentions(ev, "speaker " + who.name(), who.forms()));
    }
    Map<String, String> slots = d.commonSlots(a, first);
    slots.put("speaker", who.name());
    slots.put("cited", Drafting.cited(keys.stream().map(k -> d.window.widenedTo(k.evidence(), who.forms())).toList()));
    String id = StableIds.group(keys.stream().map(StableIds::fact).toList());
    Question q = d.question(t, id, "v" + d.variant(id, t), slots, null, options, AnswerKey.ofChoices(keyIds), null,
        first, a, who.person() ? List.of(who.name()) : List.of(), who.person() ? List.of() : List.of(who.name()));
    return Outcome.of(new Candidate(q, t.answer(), null, claims, wrong.stream().map(AttributionQuestions::option).toList()));
  }

  private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}'\u2019-]+");

  /**
   * True when a statement of another article could pass for one of {@code a}: written within a year
   * of it, and naming no one and nothing {@code a} does not name (a name the article never uses, or
   * words of another year, would give the option away as foreign).
   */
  private boolean belongsBeside(Statement s, ArticleFacts a) {
    if (!d.index.sameTime(s.evidence().article(), a.article())) {
      return false;
    }
    String text = d.texts.text(a.article()).orElse("");
    return CAPITALISED.matcher(" " + option(s)).results().map(java.util.regex.MatchResult::group)
        .allMatch(name -> text.contains(name.replaceAll("['\u2019]s$", "")));
  }

  private static String option(Statement s) {
    String text = GroupQuestions.shown(s);
    if (s.direct()) {
      return Phrasing.quote(text);
    }
    String said = Phrasing.said(s.text(), s.evidence().sentence());
    return said != null && !said.contains(" that " + Phrasing.clause(s.text())) ? text : "that " + Phrasing.clause(text);
  }
}
