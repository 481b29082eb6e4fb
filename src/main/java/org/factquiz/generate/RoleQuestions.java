package org.factquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.Evidence;
import org.factquiz.extract.RoleHolding;

/**
 * Makes "what role did X hold" and "who held role Y" questions, as choice, short answer or true/false,
 * and "which body does X's role name" (the body blanked out of the role).
 */
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

  /**
   * "X is described as '_____ spokesman': which body is missing?" The body is one of the article's,
   * named in the role text as whole words; the wrong options are bodies of the same kind.
   */
  Outcome body(Template t, RoleHolding r, ArticleFacts a) {
    String factId = StableIds.fact(r);
    String role = r.role().strip();
    Named person = d.index.named(a.article(), r.person());
    Named body = null;
    String form = null;
    for (Named b : d.index.bodies(a.article())) {
      for (String f : b.forms()) {
        // only the body's own name: an option must read as the words the blank stands for
        if (Character.isUpperCase(f.codePointAt(0)) && f.equalsIgnoreCase(b.name()) && (form == null || f.length() > form.length())
            && Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(f) + "(?![\\p{L}-])").matcher(role).find()) {
          body = b;
          form = f;
        }
      }
    }
    if (body == null) {
      return Outcome.none(t, factId, "the role \"" + role + "\" names none of the article's bodies");
    }
    String blanked = role.replaceFirst("(?<![\\p{L}-])" + Pattern.quote(form) + "(?![\\p{L}-])", ClozeQuestions.BLANK);
    if (blanked.replace(ClozeQuestions.BLANK, "").replaceAll("[^\\p{L}]", "").length() < 4) {
      return Outcome.none(t, factId, "nothing of the role \"" + role + "\" is left once its body is blanked");
    }
    Evidence evidence = r.evidence();
    Random random = d.random(factId, t);
    List<Named> wrong = d.picker.entities(body, List.of(), role, t.options() - 1, random);
    if (wrong.size() < t.options() - 1) {
      return Outcome.none(t, factId, "too few bodies of the kind of " + body.name() + " to offer");
    }
    Map<String, String> slots = d.commonSlots(a, evidence);
    slots.put("person", person.name());
    slots.put("role", role);
    slots.put("role_blanked", blanked);
    List<String> texts = new ArrayList<>(wrong.stream().map(Named::name).toList());
    texts.add(body.name());
    List<Choice> options = Drafting.choices(texts, random);
    List<Claim> claims = List.of(new Claim.Mentions(evidence, "holder " + person.name(), person.forms()),
        new Claim.Mentions(evidence, "body " + body.name(), List.of(form)));
    Question q = d.question(t, factId, "v" + d.variant(factId, t), slots, null, options,
        AnswerKey.ofChoices(List.of(Drafting.idOf(options, body.name()))), null, evidence, a,
        List.of(person.name()), List.of(body.name()));
    return Outcome.of(new Candidate(q, t.answer(), new Giveaway(person.forms(), body.forms()), claims,
        wrong.stream().map(Named::name).toList()));
  }

  private static final Pattern FORMER = Pattern.compile("(?i)(?:former|formerly|ex-|one-time|erstwhile)\\b");

  /** True for a role the person held before ("former Prime Minister", "formerly head of ..."). */
  static boolean past(String role) {
    return FORMER.matcher(role.strip()).lookingAt();
  }

  /** True when the article gives the person another role that is not a wording of this one. */
  private boolean otherOffice(Named person, String role, ArticleFacts a) {
    return d.index.roles(a.article()).stream().anyMatch(e -> e.holder().sameAs(person)
        && !DistractorPicker.overlaps(e.role(), role) && !partOfLongerTitle(e.role(), "") && e.role().strip().contains(" "));
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
    if (past(role)) {
      return Outcome.none(t, factId, "a past role (\"" + role + "\") is not what the person is");
    }
    if (t.kind() == QuestionKind.TRUE_FALSE && otherOffice(person, role, a)) {
      return Outcome.none(t, factId, person.name() + " holds another office in the article: \"describes as\" could be read either way");
    }
    boolean shared = d.picker.holdersOf(role, a.article()).stream().anyMatch(h -> !h.sameAs(person));
    if (!askRole && shared && role.contains(" ")) {
      return Outcome.none(t, factId, "another person of the article holds \"" + role + "\" too (now or formerly)");
    }
    if (!askRole && shared && !role.contains(" ")) {
      return Outcome.none(t, factId, "a one-word role (\"" + role + "\") that others of the article share does not single out its holder");
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
          askRole ? List.of(role) : d.accepted(person, a, evidence.sentence()), evidence, a, List.of(person.name()), List.of());
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
