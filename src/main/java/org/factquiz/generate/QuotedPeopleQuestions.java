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
 * Makes "which of these people does the article quote?" (multiple response): people whose words the
 * article gives after a plain verb of saying, against people of other articles it never names.
 */
final class QuotedPeopleQuestions {
  private final Drafting d;

  QuotedPeopleQuestions(Drafting d) {
    this.d = d;
  }

  /**
   * "Which of these people does the article quote?": three people (two at the least) whose words the article
   * gives (each with the sentence that gives them), and people of other articles that this article
   * never names, under any of their names.
   */
  List<Outcome> make(Template t, ArticleFacts a) {
    Map<String, Statement> firstWords = new LinkedHashMap<>();
    List<Named> quoted = new ArrayList<>();
    for (Statement s : a.statements()) {
      Named who = d.index.named(a.article(), s.speaker());
      if (who.person() && s.evidence() != null && StatementQuestions.unfairSpeaker(s, who, d.index).isEmpty()
          && NameForms.mentionsAny(s.evidence().sentence(), who.forms()) && Vocabulary.SAYING.matcher(s.evidence().sentence()).find()
          && quoted.stream().noneMatch(who::sameAs)) {
        quoted.add(who);
        firstWords.put(who.name(), s);
      }
    }
    if (quoted.size() < 2) {
      String groupId = StableIds.group(quoted.stream().map(n -> StableIds.fact(firstWords.get(n.name()))).toList());
      return List.of(Outcome.none(t, groupId, "fewer than two people are quoted by name"));
    }
    // three speakers a question; an article quoting many people gets a question for each three
    List<Outcome> out = new ArrayList<>();
    for (int from = 0; from + 2 <= quoted.size(); from += 3) {
      out.add(question(t, a, quoted.subList(from, Math.min(quoted.size(), from + 3)), firstWords));
    }
    return out;
  }

  private Outcome question(Template t, ArticleFacts a, List<Named> keys, Map<String, Statement> firstWords) {
    String groupId = StableIds.group(keys.stream().map(n -> StableIds.fact(firstWords.get(n.name()))).toList());
    Random random = d.random(groupId, t);
    String text = NameForms.padded(d.texts.text(a.article()).orElse(""));
    List<Named> wrong = new ArrayList<>();
    for (Named c : DistractorPicker.shuffled(d.index.corpusPeople(), random)) {
      if (wrong.size() < t.options() - keys.size() && !c.article().equals(a.article())
          && !NameForms.mentionedIn(text, c.forms()) && !NameForms.mentionedIn(text, List.of(NameForms.surname(c.name())))
          && wrong.stream().noneMatch(c::sameAs)) {
        wrong.add(c);
      }
    }
    if (wrong.size() < 2) {
      return Outcome.none(t, groupId, "too few people from other articles that this article never names");
    }
    List<String> texts = new ArrayList<>(keys.stream().map(Named::name).toList());
    wrong.forEach(w -> texts.add(w.name()));
    List<Choice> options = Drafting.choices(texts, random);
    // in option order, as every multiple-response key is kept and exported
    List<String> keyIds = keys.stream().map(k -> Drafting.idOf(options, k.name())).sorted().toList();
    List<Claim> claims = new ArrayList<>();
    Evidence first = null;
    for (Named k : keys) {
      Evidence e = firstWords.get(k.name()).evidence();
      first = first == null ? e : first;
      claims.add(new Claim.Mentions(e, "speaker " + k.name(), k.forms()));
    }
    Map<String, String> slots = d.commonSlots(a, first);
    // a sentence for every person, each showing the name
    slots.put("cited", Drafting.cited(keys.stream()
        .map(k -> d.window.widenedTo(firstWords.get(k.name()).evidence(), k.forms())).toList()));
    Question q = d.question(t, groupId, "v" + d.variant(groupId, t), slots, null, options, AnswerKey.ofChoices(keyIds),
        null, first, a, keys.stream().map(Named::name).toList(), List.of());
    return Outcome.of(new Candidate(q, t.answer(), null, claims, wrong.stream().map(Named::name).toList()));
  }
}
