package org.factquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.DatedEvent;
import org.factquiz.extract.Evidence;
import org.factquiz.extract.Granularity;

/** Makes "when did E happen" (choice, year, true/false) and "which bodies took part in E" questions. */
final class EventQuestions {
  static final int EVENT_MAX = 200;

  private final Drafting d;

  EventQuestions(Drafting d) {
    this.d = d;
  }

  Outcome make(Template t, DatedEvent e, ArticleFacts a) {
    return t.answer() == AnswerSlot.BODIES ? bodies(t, e, a) : date(t, e, a);
  }

  private Outcome date(Template t, DatedEvent e, ArticleFacts a) {
    String factId = StableIds.fact(e);
    Optional<DateValue> parsed = DateValue.of(e.when());
    if (parsed.isEmpty()) {
      return Outcome.none(t, factId, "the event's date is unresolved");
    }
    DateValue key = parsed.get();
    if (t.answer() == AnswerSlot.YEAR && (!key.yearKnown() || key.start().getYear() != key.end().getYear())) {
      return Outcome.none(t, factId, "the event's year is not known or not single (" + e.when().iso() + ")");
    }
    Map<String, String> slots = slots(e, a);
    Random random = d.random(factId, t);
    int v = d.variant(factId, t);
    List<Claim> claims = List.of(new Claim.DateStated(e.evidence(), key));
    String year = Integer.toString(key.start().getYear());
    Giveaway giveaway = new Giveaway(List.of(cue(e)), t.answer() == AnswerSlot.YEAR ? List.of(year) : List.of(key.display()));
    Question q;
    List<String> wrongTexts = List.of();
    switch (t.kind()) {
      case NUMERIC -> q = d.question(t, factId, "v" + v, slots, null, null, AnswerKey.ofNumber(key.start().getYear(), 0),
          List.of(year), e.evidence(), a, e.people(), e.bodies());
      case TRUE_FALSE -> {
        List<DateValue> wrong = d.picker.dates(key, a.article(), 1, random);
        boolean truth = wrong.isEmpty() || Math.floorMod(StableIds.mix(d.seed, factId + "|truth|" + t.id()), 2) == 0;
        DateValue shown = truth ? key : wrong.get(0);
        slots.put("date", shown.display());
        slots.put("correct", key.display());
        slots.put("on_date", shown.phrase());
        q = d.question(t, factId, "v" + v + "-" + truth, slots, null, Drafting.trueFalse(),
            AnswerKey.ofChoices(List.of(Boolean.toString(truth))), null, e.evidence(), a, e.people(), e.bodies());
      }
      default -> {
        wrongTexts = d.picker.dates(key, a.article(), t.options() - 1, random).stream().map(DateValue::display).toList();
        List<String> texts = new ArrayList<>(wrongTexts);
        texts.add(key.display());
        List<Choice> options = Drafting.choices(texts, random);
        q = d.question(t, factId, "v" + v, slots, null, options,
            AnswerKey.ofChoices(List.of(Drafting.idOf(options, key.display()))), null, e.evidence(), a, e.people(), e.bodies());
      }
    }
    return Outcome.of(new Candidate(q, t.answer(), giveaway, claims, wrongTexts));
  }

  private Outcome bodies(Template t, DatedEvent e, ArticleFacts a) {
    String factId = StableIds.fact(e);
    Evidence evidence = e.evidence();
    List<Named> keys = e.bodies().stream().map(b -> d.index.named(a.article(), b))
        .filter(b -> NameForms.mentionsAny(evidence.sentence(), b.forms()))
        .filter(b -> !NameForms.mentionsAny(e.what(), b.forms())).toList();
    if (keys.isEmpty()) {
      return Outcome.none(t, factId, "no body of the event is named in its sentence and left unnamed by its description");
    }
    Random random = d.random(factId, t);
    int v = d.variant(factId, t);
    Map<String, String> slots = slots(e, a);
    int wanted = t.kind() == QuestionKind.TRUE_FALSE ? 1 : Math.max(2, t.options() - keys.size());
    List<Named> wrong = d.picker.bodies(keys, evidence.sentence() + " " + e.what(), a.article(), wanted, random);
    List<Claim> claims = new ArrayList<>();
    keys.forEach(k -> claims.add(new Claim.Mentions(evidence, "body " + k.name(), k.forms())));
    wrong.forEach(w -> claims.add(new Claim.NotMentioned(evidence, "option " + w.name(), w.forms())));
    List<String> keyForms = keys.stream().flatMap(k -> k.forms().stream()).toList();
    Giveaway giveaway = new Giveaway(List.of(cue(e)), keyForms);
    List<String> bodyNames = keys.stream().map(Named::name).toList();
    Question q;
    if (t.kind() == QuestionKind.TRUE_FALSE) {
      Named shownKey = keys.get(Math.floorMod(StableIds.mix(d.seed, factId), keys.size()));
      boolean truth = wrong.isEmpty() || Math.floorMod(StableIds.mix(d.seed, factId + "|truth|" + t.id()), 2) == 0;
      slots.put("body", truth ? shownKey.name() : wrong.get(0).name());
        slots.put("correct", shownKey.name());
      q = d.question(t, factId, "v" + v + "-" + truth, slots, null, Drafting.trueFalse(),
          AnswerKey.ofChoices(List.of(Boolean.toString(truth))), null, evidence, a, e.people(), bodyNames);
    } else {
      List<String> texts = new ArrayList<>(wrong.stream().map(Named::name).toList());
      texts.addAll(bodyNames);
      List<Choice> options = Drafting.choices(texts, random);
      List<String> keyIds = options.stream().filter(c -> bodyNames.contains(c.text())).map(Choice::id).toList();
      q = d.question(t, factId, "v" + v, slots, null, options, AnswerKey.ofChoices(keyIds), null, evidence, a,
          e.people(), bodyNames);
    }
    return Outcome.of(new Candidate(q, t.answer(), giveaway, claims, wrong.stream().map(Named::name).toList()));
  }

  private Map<String, String> slots(DatedEvent e, ArticleFacts a) {
    Map<String, String> slots = d.commonSlots(a, e.evidence());
    slots.put("event", Excerpts.trimEnd(Excerpts.of(e.what(), EVENT_MAX)));
    slots.put("bodies", String.join(", ", e.bodies()));
    return slots;
  }

  static String cue(DatedEvent e) {
    return Excerpts.firstWords(e.what(), 6);
  }

  static boolean orderable(DateValue v) {
    return v.yearKnown() && v.granularity() != Granularity.UNRESOLVED;
  }
}
