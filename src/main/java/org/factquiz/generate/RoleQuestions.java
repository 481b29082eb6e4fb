package org.factquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.Evidence;
import org.factquiz.extract.RoleHolding;

/** Makes "what role did X hold" and "who held role Y" questions, as choice, short answer or true/false. */
final class RoleQuestions {
  private final Drafting d;

  RoleQuestions(Drafting d) {
    this.d = d;
  }

  /** "General" in "Secretary General George Robertson": a capitalised word right before a one-word role. */
  static boolean partOfLongerTitle(String role, String sentence) {
    return !role.strip().contains(" ")
        && java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}-]*\\s+" + java.util.regex.Pattern.quote(role.strip()) + "\\b")
            .matcher(sentence).find();
  }

  Outcome make(Template t, RoleHolding r, ArticleFacts a) {
    String factId = StableIds.fact(r);
    Named person = d.index.named(a.article(), r.person());
    Evidence evidence = r.evidence();
    Map<String, String> slots = d.commonSlots(a, evidence);
    String role = r.role().strip();
    slots.put("person", person.name());
    slots.put("role", role);
    List<Claim> claims = new ArrayList<>();
    claims.add(new Claim.Mentions(evidence, "holder " + person.name(), person.forms()));
    claims.add(new Claim.Mentions(evidence, "role " + role, List.of(role)));
    Random random = d.random(factId, t);
    int v = d.variant(factId, t);
    boolean askRole = t.answer() == AnswerSlot.ROLE;
    if (partOfLongerTitle(role, evidence.sentence())) {
      return Outcome.none(t, factId, "the one-word role \"" + role + "\" is part of a longer title in its sentence");
    }
    if (!askRole && role.split("\\s+").length < 2) {
      return Outcome.none(t, factId, "a one-word role (\"" + role + "\") does not single out its holder");
    }
    List<String> wrong;
    if (t.kind() == QuestionKind.SHORT_ANSWER) {
      wrong = List.of();
    } else if (askRole) {
      wrong = d.picker.roles(person, role, t.kind() == QuestionKind.TRUE_FALSE ? 1 : t.options() - 1, random);
    } else {
      List<Named> others = d.picker.entities(person, d.picker.holdersOf(role, a.article()), evidence.sentence(),
          t.kind() == QuestionKind.TRUE_FALSE ? 1 : t.options() - 1, d.random(factId, t));
      others.forEach(o -> claims.add(new Claim.NotMentioned(evidence, "option " + o.name(), o.forms())));
      wrong = others.stream().map(Named::name).toList();
    }
    String keyText = askRole ? role : person.name();
    Giveaway giveaway = askRole ? new Giveaway(person.forms(), List.of(role)) : new Giveaway(List.of(role), person.forms());
    Question q;
    switch (t.kind()) {
      case SHORT_ANSWER -> q = d.question(t, factId, "v" + v, slots, null, null, AnswerKey.ofText(keyText),
          askRole ? List.of(role) : person.forms(), evidence, a, List.of(person.name()), List.of());
      case TRUE_FALSE -> {
        boolean truth = wrong.isEmpty() || Math.floorMod(StableIds.mix(d.seed, factId + "|truth|" + t.id()), 2) == 0;
        slots.put(askRole ? "role" : "person", truth ? keyText : wrong.get(0));
        slots.put("correct", keyText);
        q = d.question(t, factId, "v" + v + "-" + truth, slots, null, Drafting.trueFalse(),
            AnswerKey.ofChoices(List.of(Boolean.toString(truth))), null, evidence, a, List.of(person.name()), List.of());
      }
      default -> {
        List<String> texts = new ArrayList<>(wrong);
        texts.add(keyText);
        List<Choice> options = Drafting.choices(texts, random);
        q = d.question(t, factId, "v" + v, slots, null, options,
            AnswerKey.ofChoices(List.of(Drafting.idOf(options, keyText))), null, evidence, a, List.of(person.name()), List.of());
      }
    }
    return Outcome.of(new Candidate(q, t.answer(), giveaway, claims, wrong));
  }
}
