package org.factquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.BodyKind;
import org.factquiz.extract.Evidence;
import org.factquiz.extract.Statement;

/** Makes "who said this", "who reported/denied ..." and true/false speaker questions from one statement. */
final class StatementQuestions {
  static final int QUOTE_MAX = 170;
  private static final java.util.regex.Pattern QUOTED_BY = java.util.regex.Pattern.compile("\\bquoted by\\b|\\bquoted (?:him|her|them|it)\\b");
  /** Reported words are shown whole in a stem up to this length; longer ones only up to a clause boundary. */
  static final int REPORTED_MAX = 230;

  private final Drafting d;

  StatementQuestions(Drafting d) {
    this.d = d;
  }

  Outcome speaker(Template t, Statement s, ArticleFacts a) {
    String factId = StableIds.fact(s);
    Named key = d.index.named(a.article(), s.speaker());
    Optional<String> unfair = unfairSpeaker(s, key, d.index);
    if (unfair.isPresent()) {
      return Outcome.none(t, factId, unfair.get());
    }
    if (t.kind() == QuestionKind.SHORT_ANSWER && !key.person()) {
      return Outcome.none(t, factId, "a short answer asks for a person's name, and " + key.name() + " is a body");
    }
    Evidence evidence = d.window.widenedTo(s.evidence(), key.forms());
    Map<String, String> slots = d.commonSlots(a, evidence);
    // feedback names a body as the article does: "It was the United States"
    slots.put("correct", called(key));
    List<String> sentences = Excerpts.sentences(s.text());
    // a quote of several sentences shows only its first here; "complete the quote" blanks its last
    String excerpt = Excerpts.of(s.direct() && sentences.size() > 1 ? sentences.get(0) : s.text(), QUOTE_MAX);
    if (s.direct() && excerpt.endsWith(Excerpts.CUT)) {
      return Outcome.none(t, factId, "the words are too long to show whole (over " + QUOTE_MAX + " characters)");
    }
    if (s.direct() && excerpt.split("\\s+").length < 4) {
      return Outcome.none(t, factId, "a quote of fewer than four words does not identify its speaker");
    }
    if (s.direct() && Phrasing.subjectless(excerpt)) {
      return Outcome.none(t, factId, "the quoted words open with their verb: their subject is in the writer's sentence");
    }
    slots.put("quote", Phrasing.quote(excerpt));
    slots.put("speaker", called(key));
    if (!s.direct()) {
      String words = Excerpts.clauses(s.text(), REPORTED_MAX);
      if (words == null) {
        return Outcome.none(t, factId, "the reported words are too long to show whole (over " + REPORTED_MAX + " characters)");
      }
      String said = Phrasing.said(words, s.evidence().sentence());
      if (said == null) {
        return Outcome.none(t, factId, "reported clause cannot be phrased as a question: \"" + Excerpts.of(s.text(), 60) + "\"");
      }
      slots.put("said", said);
    }
    Random random = d.random(factId, t);
    int v = d.variant(factId, t);
    List<Named> alsoTrue = otherSpeakersOfSameText(s, a, key);
    int wanted = t.kind() == QuestionKind.TRUE_FALSE ? 1 : t.options() - 1;
    List<Named> wrong = t.kind() == QuestionKind.SHORT_ANSWER ? List.of()
        : d.picker.entities(key, alsoTrue, evidence.sentence(), wanted, d.random(factId, t));
    if (t.kind() == QuestionKind.TRUE_FALSE) {
      // a false variant naming someone the article never mentions gives itself away
      wrong = wrong.stream().filter(w -> w.article().equals(a.article())).toList();
    }
    List<Claim> claims = new ArrayList<>();
    claims.add(new Claim.Mentions(evidence, "speaker " + key.name(), key.forms()));
    claims.add(new Claim.Mentions(evidence, "the statement", List.of(Excerpts.firstWords(s.text(), 4))));
    wrong.forEach(w -> claims.add(new Claim.NotMentioned(evidence, "option " + w.name(), w.forms())));
    Giveaway giveaway = new Giveaway(List.of(Excerpts.firstWords(excerpt, 6)), key.forms());
    List<String> wrongNames = wrong.stream().map(Named::name).toList();
    List<String> people = key.person() ? List.of(key.name()) : List.of();
    List<String> bodies = key.person() ? List.of() : List.of(key.name());
    Question q;
    switch (t.kind()) {
      case SHORT_ANSWER -> q = d.question(t, factId, "v" + v, slots, null, null, AnswerKey.ofText(key.name()),
          d.accepted(key, a, evidence.sentence()), evidence, a, people, bodies);
      case TRUE_FALSE -> {
        boolean truth = wrong.isEmpty() || Math.floorMod(StableIds.mix(d.seed, factId + "|truth|" + t.id()), 2) == 0;
        slots.put("speaker", truth ? called(key) : called(wrong.get(0)));
        q = d.question(t, factId, "v" + v + "-" + truth, slots, null, Drafting.trueFalse(),
            AnswerKey.ofChoices(List.of(Boolean.toString(truth))), null, evidence, a, people, bodies);
      }
      default -> {
        List<String> texts = new ArrayList<>(wrongNames);
        texts.add(key.name());
        List<Choice> options = Drafting.choices(texts, random);
        q = d.question(t, factId, "v" + v, slots, null, options,
            AnswerKey.ofChoices(List.of(Drafting.idOf(options, key.name()))), null, evidence, a, people, bodies);
      }
    }
    return Outcome.of(new Candidate(q, t.answer(), giveaway, claims, wrongNames));
  }

  /**
   * Why "who said this" has no single fair answer, if it has none: the speaker is a document, or the
   * sentence gives the words to the speaker together with someone else.
   */
  static Optional<String> unfairSpeaker(Statement s, Named speaker, CorpusIndex index) {
    if (index.reportsFor(s.evidence().article(), speaker)) {
      return Optional.of(speaker.name() + " writes for the article: what she or he says there is the article's own account");
    }
    return unfairSpeaker(s, speaker);
  }

  /** As {@link #unfairSpeaker(Statement, Named, CorpusIndex)}, from the statement and speaker alone. */
  static Optional<String> unfairSpeaker(Statement s, Named speaker) {
    if (!speaker.speaks()) {
      return Optional.of(speaker.name() + " is a document or a body of unknown kind, not someone who speaks");
    }
    if (speaker.kind() == BodyKind.GOVERNMENT && !NameForms.mentions(s.evidence().sentence(), speaker.name())) {
      return Optional.of(speaker.name() + " speaks here through a name that stands for it (\"Moscow\", \"Russian leaders\"), not its own");
    }
    if (!speaker.person() && !s.direct() && !Vocabulary.STATING.matcher(s.evidence().sentence()).find()) {
      return Optional.of("the sentence describes " + speaker.name() + "'s position in the writer's words, not words it said");
    }
    if (!speaker.person() && Vocabulary.ISSUED.matcher(s.evidence().sentence()).find()) {
      return Optional.of(speaker.name() + " speaks here through a document it issued (\"the joint statement ...\"), not in words of its own");
    }
    if (speaker.kind() == BodyKind.MEDIA && QUOTED_BY.matcher(s.evidence().sentence()).find()) {
      return Optional.of(speaker.name() + " only carries the words of sources it quotes");
    }
    if (JointSubject.in(s.evidence().sentence(), s.text(), speaker.forms())) {
      return Optional.of("the sentence gives the words to " + speaker.name() + " together with someone else");
    }
    return Optional.empty();
  }

  /** A name as a sentence uses it: a person's name, a body with the article's "the" ("the United States"). */
  static String called(Named n) {
    return n.person() ? n.name() : n.forms().stream().filter(f -> f.equalsIgnoreCase("the " + n.name())).findFirst().orElse(n.name());
  }

  /** Speakers to whom the article attributes the same words: other true answers. */
  private List<Named> otherSpeakersOfSameText(Statement s, ArticleFacts a, Named key) {
    String text = NameForms.normal(s.text());
    List<Named> out = new ArrayList<>();
    for (Statement o : a.statements()) {
      String other = NameForms.normal(o.text());
      if (o != s && !text.isEmpty() && (other.contains(text) || text.contains(other)) && !other.isEmpty()) {
        Named n = d.index.named(a.article(), o.speaker());
        if (!n.sameAs(key)) {
          out.add(n);
        }
      }
    }
    return out;
  }
}
