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
    if (!e.isHappening()) {
      return Outcome.none(t, StableIds.fact(e), "the event is a " + e.kind().wireName()
          + ", not a dated happening whose description stands alone");
    }
    for (DatedEvent earlier : a.events()) {
      if (earlier == e) {
        break;
      }
      if (earlier.isHappening() && java.util.Objects.equals(earlier.when(), e.when()) && TimelineItems.alike(earlier.what(), e.what())) {
        return Outcome.none(t, StableIds.fact(e), "the same happening as an earlier event of the article");
      }
    }
    String unfit = unfit(e.what());
    if (unfit != null) {
      return Outcome.none(t, StableIds.fact(e), unfit);
    }
    return t.answer() == AnswerSlot.BODIES ? bodies(t, e, a) : date(t, e, a);
  }

  private Outcome date(Template t, DatedEvent e, ArticleFacts a) {
    String factId = StableIds.fact(e);
    Optional<DateValue> parsed = DateValue.of(e.when());
    if (parsed.isEmpty()) {
      return Outcome.none(t, factId, "the event's date is unresolved");
    }
    if (e.what().contains("…") || e.what().length() > EVENT_MAX) {
      return Outcome.none(t, factId, "the event's description is cut short or too long to read");
    }
    DateValue key = parsed.get();
    String folded = " " + NameForms.normal(e.what()).replace("mid ", "") + " ";
    for (String part : key.writtenParts()) {
      if (folded.contains(" " + NameForms.normal(part) + " ")) {
        return Outcome.none(t, factId, "the event's description states its own date (" + part + ")");
      }
    }
    if (t.answer() != AnswerSlot.YEAR && key.granularity() == Granularity.RANGE) {
      return Outcome.none(t, factId, "a range worked out from a relative date (" + key.display() + ") is not a date to choose");
    }
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
    if (!TimelineItems.described(e).equals(e.what())) {
      return Outcome.none(t, factId, "the description's \"two sides\" are its bodies: asking which took part answers itself");
    }
    // only the bodies the description itself names are sure to take part: a template blanks them out
    // of it ({event_blanked}); other bodies of the sentence may belong to another of its clauses
    boolean blanked = t.variants().stream().anyMatch(x -> x.contains("{event_blanked}"));
    if (!blanked) {
      return Outcome.none(t, factId, "a body named in the sentence but not in the event's description need not take part in it");
    }
    List<Named> named = e.bodies().stream().map(b -> d.index.named(a.article(), b))
        .filter(b -> NameForms.mentionsAny(evidence.sentence(), b.forms()))
        .filter(b -> NameForms.mentionsAny(e.what(), b.forms())).toList();
    if (named.isEmpty()) {
      return Outcome.none(t, factId, "the event's description names none of its bodies");
    }
    List<Named> keys = named;
    if (named.size() > 1 && t.kind() != QuestionKind.MULTIPLE_RESPONSE) {
      // blank one body whose name neither holds nor is held in another's ("NATO" in "NATO headquarters");
      // the others stay shown, so no distractor can be one of them
      Optional<Named> apart = named.stream().filter(k -> named.stream().allMatch(o -> o == k || apart(k, o))).findFirst();
      if (apart.isEmpty()) {
        return Outcome.none(t, factId, "the bodies the event's description names share words; none can be blanked alone");
      }
      keys = List.of(apart.get());
    }
    if (e.what().contains("…") || e.what().length() > EVENT_MAX) {
      return Outcome.none(t, factId, "the event's description is cut short");
    }
    Random random = d.random(factId, t);
    int v = d.variant(factId, t);
    Map<String, String> slots = slots(e, a);
    if (blanked) {
      slots.put("event_blanked", blank(Excerpts.trimEnd(e.what()), keys));
    }
    int wanted = t.kind() == QuestionKind.TRUE_FALSE ? 1
        : t.kind() == QuestionKind.SINGLE_CHOICE ? t.options() - 1 : Math.max(2, t.options() - keys.size());
    List<Named> wrong = d.picker.bodies(keys, evidence.sentence() + " " + e.what(), a.article(), wanted, random);
    if (t.kind() == QuestionKind.TRUE_FALSE) {
      // a false body of another kind answers itself (a council's "military strikes"): then the true one is shown
      List<Named> asked = keys;
      wrong = wrong.stream().filter(w -> asked.stream().anyMatch(k -> k.kind() == w.kind())).toList();
    }
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

  /** Whether no name of one body is inside a name of the other. */
  private static boolean apart(Named a, Named b) {
    for (String x : a.forms()) {
      for (String y : b.forms()) {
        String fx = NameForms.padded(x);
        String fy = NameForms.padded(y);
        if (fx.contains(fy) || fy.contains(fx)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The description with every form of the given bodies replaced by a blank, longest forms first. */
  static String blank(String description, List<Named> bodies) {
    List<String> forms = bodies.stream().flatMap(b -> b.forms().stream()).filter(f -> f.length() > 1)
        .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
    String out = description;
    for (String f : forms) {
      out = out.replaceAll("(?i)(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(f) + "(?![\\p{L}\\p{N}])", ClozeQuestions.BLANK);
    }
    return out;
  }

  private Map<String, String> slots(DatedEvent e, ArticleFacts a) {
    Map<String, String> slots = d.commonSlots(a, e.evidence());
    slots.put("event", Excerpts.trimEnd(Excerpts.of(TimelineItems.described(e), EVENT_MAX)));
    slots.put("event_lower", Phrasing.clause(Excerpts.of(TimelineItems.described(e), EVENT_MAX)));
    slots.put("bodies", String.join(", ", e.bodies()));
    return slots;
  }

  private static final java.util.Set<String> BACK_REFERENCES = java.util.Set.of("this", "these", "those", "others", "such", "that");
  private static final java.util.Set<String> DANGLING_ENDS = java.util.Set.of(
      "sometime", "scheduled", "expected", "in", "on", "for", "since", "until", "by", "at", "of", "the", "and", "continued");

  /**
   * Why an event's description cannot stand alone in a stem or option (too short, referring back
   * to an earlier sentence, cut off mid-phrase), or null when it can.
   */
  static String unfit(String what) {
    String[] words = Excerpts.trimEnd(what).split("\\s+");
    String first = words[0].toLowerCase(java.util.Locale.ROOT);
    String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT).replaceAll("\\p{P}+$", "");
    if (words.length < 4) {
      return "the event's description is too short to identify it";
    }
    if (BACK_REFERENCES.contains(first) || Vocabulary.PRONOUNS.contains(first)) {
      return "the event's description refers back to an earlier sentence ('" + words[0] + "')";
    }
    for (String w : words) {
      if (w.equalsIgnoreCase("these") || w.equalsIgnoreCase("those")) {
        return "the event's description refers back to an earlier sentence ('" + w + "')";
      }
    }
    if (DANGLING_ENDS.contains(last)) {
      return "the event's description stops mid-phrase ('" + last + "')";
    }
    return null;
  }

  static String cue(DatedEvent e) {
    return Excerpts.firstWords(e.what(), 6);
  }

  static boolean orderable(DateValue v) {
    return v.yearKnown() && v.granularity() != Granularity.UNRESOLVED;
  }
}
