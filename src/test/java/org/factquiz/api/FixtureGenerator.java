package org.factquiz.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.Evidence;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Choice;
import org.factquiz.generate.GenerationRequest;
import org.factquiz.generate.GenerationResult;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionGenerator;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.Source;
import org.factquiz.generate.Tags;

/**
 * A generator for API tests: one hand-written question of each of the eight kinds per requested
 * article, so tests know every key. Seed 666 makes it fail, to test how a 500 looks.
 */
final class FixtureGenerator implements QuestionGenerator {
  static final long FAILING_SEED = 666;
  static final String SHORT_KEY = "Quillfeather";
  static final String CLOZE_KEY = "Marrowgate";
  static final double NUMERIC_KEY = 1987;
  final AtomicInteger calls = new AtomicInteger();

  @Override
  public GenerationResult generate(List<ArticleFacts> corpus, GenerationRequest request) {
    calls.incrementAndGet();
    if (request.seed() == FAILING_SEED) {
      throw new IllegalStateException("fixture generator asked to fail");
    }
    List<Question> out = new ArrayList<>();
    for (ArticleFacts facts : corpus) {
      String a = facts.article();
      if (!request.articles().isEmpty() && !request.articles().contains(a)) {
        continue;
      }
      for (Question q : questionsFor(a)) {
        if ((request.kinds().isEmpty() || request.kinds().contains(q.kind()))
            && q.difficulty() >= request.minDifficulty() && q.difficulty() <= request.maxDifficulty()) {
          out.add(q);
        }
      }
    }
    if (request.count() != null && out.size() > request.count()) {
      out = out.subList(0, request.count());
    }
    return new GenerationResult(out, List.of());
  }

  static List<Question> questionsFor(String a) {
    Evidence ev = new Evidence(a, 0, 0, 60, "The keeper Ada Quillfeather opened the Marrowgate lighthouse in 1987.");
    Source src = new Source(a, "Title of " + a, "Somewhere, 1 May 2000");
    List<Choice> abcd = List.of(new Choice("a", "Oslo"), new Choice("b", "Lima"), new Choice("c", "Quito"),
        new Choice("d", "Hanoi"));
    return List.of(
        q(a, "single", QuestionKind.SINGLE_CHOICE, "Which city?", List.of(), abcd, AnswerKey.ofChoices(List.of("c")), ev, src, 1,
            List.of("Ada Quillfeather"), List.of()),
        q(a, "multi", QuestionKind.MULTIPLE_RESPONSE, "Which cities?", List.of(), abcd, AnswerKey.ofChoices(List.of("a", "b")),
            ev, src, 2, List.of(), List.of("Harbour Board")),
        q(a, "tf", QuestionKind.TRUE_FALSE, "The lighthouse opened?", List.of(),
            List.of(new Choice("true", "True"), new Choice("false", "False")), AnswerKey.ofChoices(List.of("false")), ev, src, 1,
            List.of(), List.of()),
        q(a, "cloze", QuestionKind.CLOZE, "The ____ lighthouse opened.", List.of(), List.of(), AnswerKey.ofText(CLOZE_KEY), ev,
            src, 3, List.of(), List.of()),
        q(a, "short", QuestionKind.SHORT_ANSWER, "Who was the keeper?", List.of(), List.of(), AnswerKey.ofText(SHORT_KEY), ev,
            src, 3, List.of("Ada Quillfeather"), List.of()),
        q(a, "match", QuestionKind.MATCHING, "Match them.", List.of(new Choice("p1", "North"), new Choice("p2", "South"),
                new Choice("p3", "East")), List.of(new Choice("x", "Cold"), new Choice("y", "Warm"), new Choice("z", "Dawn")),
            AnswerKey.ofPairs(Map.of("p1", "x", "p2", "y", "p3", "z")), ev, src, 4, List.of(), List.of()),
        q(a, "order", QuestionKind.ORDERING, "Put in order.", List.of(), List.of(new Choice("o1", "First"),
                new Choice("o2", "Second"), new Choice("o3", "Third"), new Choice("o4", "Fourth")),
            AnswerKey.ofChoices(List.of("o1", "o2", "o3", "o4")), ev, src, 4, List.of(), List.of()),
        q(a, "year", QuestionKind.NUMERIC, "In which year?", List.of(), List.of(), AnswerKey.ofNumber(NUMERIC_KEY, 0), ev, src, 5,
            List.of(), List.of()));
  }

  private static Question q(String article, String name, QuestionKind kind, String stem, List<Choice> premises,
      List<Choice> options, AnswerKey key, Evidence ev, Source src, int difficulty, List<String> people, List<String> bodies) {
    return new Question(article + "-" + name, kind, stem, premises, options, key,
        kind == QuestionKind.SHORT_ANSWER ? List.of("Ada Quillfeather") : List.of(), "See the evidence sentence.", ev, src,
        difficulty, new Tags(article, people, bodies, "fixture-" + name), article + "-fact-" + name);
  }
}
