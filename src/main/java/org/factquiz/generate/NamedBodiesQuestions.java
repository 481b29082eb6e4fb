package org.factquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.BodyKind;
import org.factquiz.extract.Evidence;
import org.factquiz.extract.Fact;

/**
 * Makes "which of these organisations does the article name?": three organisations the article names
 * in a sentence of one of its facts (not a country, not one its neighbouring articles name too, not a
 * body of unknown kind), and organisations of other articles that this one never names under any form. An
 * article naming many gets a question for each three, two at most.
 */
final class NamedBodiesQuestions {
  private static final int PER_QUESTION = 3;
  /** Kinds that are organisations: not a country, programme, treaty or a body of unknown kind. */
  private static final java.util.Set<BodyKind> ORGANISATION = java.util.EnumSet.of(BodyKind.ALLIANCE, BodyKind.COUNCIL,
      BodyKind.MINISTRY, BodyKind.LEGISLATURE, BodyKind.PARTY, BodyKind.MILITARY, BodyKind.MEDIA, BodyKind.INTERNATIONAL_ORGANIZATION);
  private static final int MAX_QUESTIONS = 2;

  private final Drafting d;

  NamedBodiesQuestions(Drafting d) {
    this.d = d;
  }

  private record NamedBody(Named body, Evidence evidence) {}

  List<Outcome> make(Template t, ArticleFacts a) {
    List<NamedBody> named = new ArrayList<>();
    for (Named b : d.index.bodies(a.article())) {
      if (!ORGANISATION.contains(b.kind()) || !Shape.properName(b.name())
          || Vocabulary.DEMONYMS.contains(b.name())
          || !b.name().contains(" ") && b.name().length() < 3 || common(a, b) || named.stream().anyMatch(n -> n.body().sameAs(b))) {
        continue;
      }
      sentenceNaming(a, b).ifPresent(e -> named.add(new NamedBody(b, e)));
    }
    List<Outcome> out = new ArrayList<>();
    for (int from = 0; from + 2 <= named.size() && out.size() < MAX_QUESTIONS; from += PER_QUESTION) {
      out.add(question(t, a, named.subList(from, Math.min(named.size(), from + PER_QUESTION))));
    }
    return out;
  }

  /**
   * True for a body the neighbouring articles name too (the story's subject, guessed without reading);
   * two neighbours are looked at, which keeps the work per article constant.
   */
  private boolean common(ArticleFacts a, Named b) {
    List<ArticleFacts> next = d.index.following(a.article(), 2);
    return !next.isEmpty() && next.stream().allMatch(x -> d.index.bodies(x.article()).stream().anyMatch(b::sameAs));
  }

  private static Optional<Evidence> sentenceNaming(ArticleFacts a, Named b) {
    for (Fact f : (Iterable<Fact>) a.facts()::iterator) {
      Evidence e = f.evidence();
      if (e != null && e.sentence() != null && NameForms.mentions(e.sentence(), b.name())) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private Outcome question(Template t, ArticleFacts a, List<NamedBody> keys) {
    String groupId = StableIds.group(keys.stream().map(k -> a.article() + "|body|" + k.body().name()).toList());
    Random random = d.random(groupId, t);
    String text = NameForms.padded(d.texts.text(a.article()).orElse(""));
    List<Named> wrong = new ArrayList<>();
    for (Named c : DistractorPicker.shuffled(d.index.corpusBodies(), random)) {
      if (wrong.size() < t.options() - keys.size() && !c.article().equals(a.article()) && c.kind() != BodyKind.GOVERNMENT
          && !Vocabulary.DEMONYMS.contains(c.name())
          && ORGANISATION.contains(c.kind()) && Shape.properName(c.name()) && !NameForms.mentionedIn(text, c.forms())
          && wrong.stream().noneMatch(c::sameAs) && keys.stream().noneMatch(k -> k.body().sameAs(c) || k.body().nameWithin(c))
          && d.index.bodies(a.article()).stream().noneMatch(b -> b.sameAs(c) || b.nameWithin(c))) {
        wrong.add(c);
      }
    }
    if (wrong.size() < 2) {
      return Outcome.none(t, groupId, "too few organisations of other articles that this article never names");
    }
    List<String> texts = new ArrayList<>(keys.stream().map(k -> k.body().name()).toList());
    wrong.forEach(w -> texts.add(w.name()));
    List<Choice> options = Drafting.choices(texts, random);
    List<String> keyIds = keys.stream().map(k -> Drafting.idOf(options, k.body().name())).sorted().toList();
    List<Claim> claims = keys.stream().map(k -> (Claim) new Claim.Mentions(k.evidence(), "body " + k.body().name(),
        List.of(k.body().name()))).toList();
    var slots = d.commonSlots(a, keys.get(0).evidence());
    slots.put("cited", Drafting.cited(keys.stream().map(NamedBody::evidence).toList()));
    Question q = d.question(t, groupId, "v" + d.variant(groupId, t), slots, null, options, AnswerKey.ofChoices(keyIds),
        null, keys.get(0).evidence(), a, List.of(), keys.stream().map(k -> k.body().name()).toList());
    return Outcome.of(new Candidate(q, t.answer(), null, claims, wrong.stream().map(Named::name).toList()));
  }
}
