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
 * Makes the questions that test several facts of one article at once: match speakers to quotes,
 * match people to roles, and "which of these statements did X make". Timelines are in
 * {@link TimelineQuestions}.
 */
final class GroupQuestions {
  static final int ITEM_MAX = 130;

  private final Drafting d;

  GroupQuestions(Drafting d) {
    this.d = d;
  }

  List<Outcome> make(Template t, ArticleFacts a) {
    return switch (t.answer()) {
      case SPEAKER_PAIRS -> matching(t, a, speakerItems(t, a));
      case ROLE_PAIRS -> matching(t, a, roleItems(a));
      case STATEMENTS -> new AttributionQuestions(d).make(t, a, usable(t, a),
          d.index.following(a.article(), 2).stream().flatMap(n -> usable(t, n).stream()).toList());
      case QUOTED_PEOPLE -> new QuotedPeopleQuestions(d).make(t, a);
      case NAMED_BODIES -> new NamedBodiesQuestions(d).make(t, a);
      case DATE_PAIRS -> new DateMatchingQuestions(d).make(t, a);
      default -> new TimelineQuestions(d).make(t, a);
    };
  }

  /** One pair of a matching question: the left-hand text, the right-hand text, the claim behind it. */
  record Item(String factId, Named who, String premise, String answer, Evidence evidence, List<Claim> claims) {}

  /** Statements fit to be shown as options or premises: phrasable, and words no other speaker shares. */
  List<Statement> usable(Template t, ArticleFacts a) {
    List<Statement> out = new ArrayList<>();
    for (Statement s : a.statements()) {
      if (s.evidence() == null) {
        continue;
      }
      if (t.direct() != null && s.direct() != t.direct()) {
        continue;
      }
      String text = NameForms.normal(s.text());
      boolean shared = a.statements().stream().anyMatch(o -> o != s && !o.speaker().equals(s.speaker())
          && (NameForms.normal(o.text()).contains(text) || text.contains(NameForms.normal(o.text()))));
      Named who = d.index.named(a.article(), s.speaker());
      if (!shared && s.text().split("\\s+").length >= 4 && StatementQuestions.unfairSpeaker(s, who, d.index).isEmpty() && shown(s) != null
          && (s.direct() || (!Pronouns.unresolved(s.text()) && thatClause(s)))) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * True for reported words a "that" can introduce ("said that the bridge is safe"); false for words
   * that are the speaker's own predicate ("denied the report"), which read as broken when shown
   * without their subject among other statements.
   */
  private static boolean thatClause(Statement s) {
    String said = Phrasing.said(shown(s), s.evidence().sentence());
    return said != null && !said.equals(Phrasing.clause(shown(s)));
  }

  private static final java.util.regex.Pattern NAMED_INSERT = java.util.regex.Pattern.compile("[(\\[]\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*)*[)\\]]");

  /**
   * The words of a statement as an option or premise shows them, whole: a quotation or its first
   * sentence, reported words up to a clause boundary; null when they cannot be shown whole or
   * name their subject in an editor's brackets.
   */
  static String shown(Statement s) {
    if (s.direct()) {
      // "He (Putin) made it clear ...": the editor's name in brackets tells whose words these are not
      boolean namedInBrackets = NAMED_INSERT.matcher(s.text()).find();
      return Excerpts.fits(s.text(), ITEM_MAX) && !Phrasing.subjectless(s.text()) && !namedInBrackets ? Excerpts.of(s.text(), ITEM_MAX) : null;
    }
    return Excerpts.clauses(s.text(), ITEM_MAX);
  }

  private List<Item> speakerItems(Template t, ArticleFacts a) {
    List<Item> items = new ArrayList<>();
    for (Statement s : usable(t, a)) {
      Named who = d.index.named(a.article(), s.speaker());
      if (!who.person()) {
        continue; // a country beside its own spokesman would be two right answers
      }
      Evidence e = d.window.widenedTo(s.evidence(), who.forms());
      String premise = s.direct() ? Phrasing.quote(shown(s)) : Phrasing.clause(shown(s));
      items.add(new Item(StableIds.fact(s), who, premise, who.name(), e,
          List.of(new Claim.Mentions(e, "speaker " + who.name(), who.forms()))));
    }
    return items;
  }

  private List<Item> roleItems(ArticleFacts a) {
    List<Item> items = new ArrayList<>();
    for (var r : a.roles()) {
      Named who = d.index.named(a.article(), r.person());
      if (r.evidence() != null && r.role().length() <= ITEM_MAX && !RoleQuestions.past(r.role()) && !RoleQuestions.partOfLongerTitle(r.role(), r.evidence().sentence()) && items.stream().noneMatch(i -> DistractorPicker.overlaps(i.answer(), r.role()))) {
        items.add(new Item(StableIds.fact(r), who, who.name(), r.role().strip(), r.evidence(),
            List.of(new Claim.Mentions(r.evidence(), "holder " + who.name(), who.forms()),
                new Claim.Mentions(r.evidence(), "role " + r.role(), List.of(r.role())))));
      }
    }
    return items;
  }

  /**
   * Chunks of three to five items with distinct people: each item once, then once more in chunks
   * that start half a chunk later, so that the second round pairs items differently.
   */
  private List<Outcome> matching(Template t, ArticleFacts a, List<Item> items) {
    int size = Math.max(3, Math.min(t.options(), 5));
    List<Outcome> out = chunks(t, a, items, size);
    if (items.size() > size) {
      List<Item> rotated = new ArrayList<>(items.subList(size / 2, items.size()));
      rotated.addAll(items.subList(0, size / 2));
      out.addAll(chunks(t, a, rotated, size));
    }
    return out;
  }

  private List<Outcome> chunks(Template t, ArticleFacts a, List<Item> items, int size) {
    List<Outcome> out = new ArrayList<>();
    List<Item> left = new ArrayList<>(items);
    while (true) {
      List<Item> chunk = new ArrayList<>();
      for (Item i : List.copyOf(left)) {
        if (chunk.size() < size && chunk.stream().noneMatch(c -> c.who().sameAs(i.who()))) {
          chunk.add(i);
          left.remove(i);
        }
      }
      if (chunk.size() < 3) {
        return out;
      }
      Candidate c = matchingQuestion(t, a, chunk);
      out.add(c == null ? Outcome.none(t, StableIds.group(chunk.stream().map(Item::factId).toList()),
          "no option to add that matches none of the premises: the last pair would be found by elimination") : Outcome.of(c));
    }
  }

  private Candidate matchingQuestion(Template t, ArticleFacts a, List<Item> chunk) {
    List<String> factIds = chunk.stream().map(Item::factId).toList();
    String groupId = StableIds.group(factIds);
    Random random = d.random(groupId, t);
    List<Choice> premises = new ArrayList<>();
    Map<String, String> answerOf = new LinkedHashMap<>();
    for (int i = 0; i < chunk.size(); i++) {
      premises.add(new Choice(Integer.toString(i + 1), chunk.get(i).premise()));
      answerOf.put(Integer.toString(i + 1), chunk.get(i).answer());
    }
    List<String> answers = new ArrayList<>(chunk.stream().map(Item::answer).toList());
    List<String> extra = "none".equals(t.distractors()) ? List.of() : extraOption(t, a, chunk, random);
    if (!"none".equals(t.distractors()) && extra.isEmpty()) {
      return null;
    }
    answers.addAll(extra);
    List<Choice> options = Drafting.choices(answers, random);
    Map<String, String> pairs = new LinkedHashMap<>();
    answerOf.forEach((p, ans) -> pairs.put(p, Drafting.idOf(options, ans)));
    List<Claim> claims = chunk.stream().flatMap(i -> i.claims().stream()).toList();
    Map<String, String> slots = d.commonSlots(a, chunk.get(0).evidence());
    // each pair with the sentence that states it, so that the feedback cites the article for every pair
    slots.put("cited", Drafting.cited(chunk.stream().map(Item::evidence).toList()));
    List<String> people = chunk.stream().filter(i -> i.who().person()).map(i -> i.who().name()).toList();
    List<String> bodies = chunk.stream().filter(i -> !i.who().person()).map(i -> i.who().name()).toList();
    Question q = d.question(t, groupId, "v" + d.variant(groupId, t), slots, premises, options, AnswerKey.ofPairs(pairs),
        null, chunk.get(0).evidence(), a, people, bodies);
    return new Candidate(q, t.answer(), null, claims, extra);
  }

  /**
   * One option that matches no premise, so that the last pair is not found by elimination: a
   * speaker of the same type who said none of the premises, or a role none of these people holds.
   */
  private List<String> extraOption(Template t, ArticleFacts a, List<Item> chunk, Random random) {
    Item first = chunk.get(0);
    List<Named> whos = chunk.stream().map(Item::who).toList();
    if (t.answer() == AnswerSlot.SPEAKER_PAIRS) {
      return d.picker.entities(first.who(), whos, "", 1, random).stream().map(Named::name).toList();
    }
    List<String> held = new ArrayList<>(chunk.stream().map(Item::answer).toList());
    d.index.roles(a.article()).stream().filter(e -> whos.stream().anyMatch(e.holder()::sameAs))
        .forEach(e -> held.add(e.role()));
    return d.picker.roles(first.who(), first.answer(), 8, random).stream()
        .filter(r -> held.stream().noneMatch(h -> DistractorPicker.overlaps(h, r)))
        .limit(1).toList();
  }
}
