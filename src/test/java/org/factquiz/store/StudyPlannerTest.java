package org.factquiz.store;

import org.factquiz.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.Tags;
import org.factquiz.progress.DayForecast;
import org.factquiz.progress.DueCard;
import org.factquiz.progress.FactCard;
import org.factquiz.progress.FsrsScheduler;
import org.factquiz.progress.QuestionCatalog;
import org.factquiz.progress.Rating;
import org.factquiz.progress.RetentionStats;
import org.factquiz.progress.StudyException;
import org.factquiz.progress.StudyPlanner;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Study mode end to end over a real H2 database: queue, variants, reviews, forecast, stats. */
class StudyPlannerTest {
  private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final JdbcStudyRepository repository = new JdbcStudyRepository(StudyDatabase.fresh());
  private final StudyPlanner planner =
      new StudyPlanner(new FsrsScheduler(0.9, clock), repository, new TwoFactCatalog());

  @Nested
  class Queue {
    @Test
    void offersUnmetFactsOfAnArticleAsNewCards() {
      List<DueCard> cards = planner.queue("ann", List.of("a1"), true, 10, Set.of());
      assertEquals(List.of("f1", "f2"), cards.stream().map(DueCard::factId).toList());
      assertNull(cards.get(0).due());
    }

    @Test
    void showsOnlyDueFactsWithoutAnArticle() {
      planner.review("ann", "f1", "q1a", Rating.GOOD);
      assertEquals(List.of(), planner.queue("ann", null, false, 10, Set.of()));
      clock.advance(Duration.ofDays(3));
      assertEquals(List.of("f1"), planner.queue("ann", null, false, 10, Set.of()).stream().map(DueCard::factId).toList());
    }

    @Test
    void showsADueFactThroughAnotherTemplateThanLastTime() {
      planner.review("ann", "f1", "q1a", Rating.GOOD);
      clock.advance(Duration.ofDays(3));
      DueCard card = planner.queue("ann", null, false, 10, Set.of()).get(0);
      assertEquals("q1b", card.question().id());
      planner.review("ann", "f1", card.question().id(), Rating.GOOD);
      clock.advance(Duration.ofDays(30));
      assertNotEquals("q1b", planner.queue("ann", null, false, 10, Set.of()).get(0).question().id());
    }

    @Test
    void filtersByArticles() {
      planner.review("ann", "f1", "q1a", Rating.AGAIN);
      clock.advance(Duration.ofHours(1));
      assertEquals(1, planner.queue("ann", Set.of("a1"), false, 10, Set.of()).size());
      assertEquals(0, planner.queue("ann", Set.of("a2"), false, 10, Set.of()).size());
    }

    @Test
    void neverShowsAWithheldQuestion() {
      List<DueCard> cards = planner.queue("ann", List.of("a1"), true, 10, Set.of("q1a", "q2a"));
      assertEquals(List.of("q1b", "q2b"), cards.stream().map(c -> c.question().id()).toList());
      assertEquals(List.of(), planner.queue("ann", List.of("a1"), true, 10, Set.of("q1a", "q1b", "q2a", "q2b")));
    }

    @Test
    void offersTheLastMissedFactsAsMistakesInAnotherWording() {
      planner.review("ann", "f1", "q1a", Rating.AGAIN);
      planner.review("ann", "f2", "q2a", Rating.GOOD);
      List<DueCard> mistakes = planner.mistakes("ann", 10, Set.of());
      assertEquals(List.of("f1"), mistakes.stream().map(DueCard::factId).toList());
      assertEquals("q1b", mistakes.get(0).question().id());
      planner.review("ann", "f1", "q1b", Rating.GOOD);
      assertEquals(List.of(), planner.mistakes("ann", 10, Set.of()));
    }

    @Test
    void keepsLearnersApart() {
      planner.review("ann", "f1", "q1a", Rating.AGAIN);
      clock.advance(Duration.ofHours(1));
      assertEquals(0, planner.queue("bob", null, false, 10, Set.of()).size());
    }
  }

  @Nested
  class Reviews {
    @Test
    void aFailedFactComesBackWithinTheSession() {
      FactCard card = planner.review("ann", "f2", "q2a", Rating.AGAIN);
      assertTrue(Duration.between(clock.instant(), card.memory().due()).toMinutes() <= 10);
      clock.advance(Duration.ofMinutes(11));
      assertEquals("f2", planner.queue("ann", null, false, 5, Set.of()).get(0).factId());
    }

    @Test
    void aFastRightQuizAnswerCountsAsEasy() {
      Question q = new TwoFactCatalog().questionsOfFact("f1").get(0);
      FactCard fast = planner.recordAnswer("ann", q, 1.0, Duration.ofSeconds(3));
      FactCard slow = planner.recordAnswer("bob", q, 1.0, Duration.ofSeconds(30));
      assertTrue(fast.memory().stability() > slow.memory().stability());
    }

    @Test
    void aLowerDesiredRetentionSchedulesLongerIntervals() {
      planner.setDesiredRetention("bob", 0.80);
      FactCard ann = planner.review("ann", "f1", "q1a", Rating.GOOD);
      FactCard bob = planner.review("bob", "f1", "q1a", Rating.GOOD);
      // same stability 2.3065; I(0.8) = 2.3065 / FACTOR * (0.8^(1/-0.1542) - 1) = 7.65 -> 8 days
      assertEquals(Duration.ofDays(2), Duration.between(ann.memory().lastReview(), ann.memory().due()));
      assertEquals(Duration.ofDays(8), Duration.between(bob.memory().lastReview(), bob.memory().due()));
      assertEquals(0.80, planner.stats("bob").desiredRetention(), 1e-9);
    }

    @Test
    void refusesADesiredRetentionOutsideTheRange() {
      assertThrows(StudyException.class, () -> planner.setDesiredRetention("ann", 0.99));
      assertEquals(0.9, planner.stats("ann").desiredRetention(), 1e-9);
    }

    @Test
    void refusesAQuestionThatDoesNotTestTheFact() {
      assertThrows(StudyException.class, () -> planner.review("ann", "f1", "q2a", Rating.GOOD));
    }
  }

  @Nested
  class Figures {
    @Test
    void forecastCountsEachFactOnItsDueDay() {
      planner.review("ann", "f1", "q1a", Rating.GOOD);
      planner.review("ann", "f2", "q2a", Rating.AGAIN);
      List<DayForecast> forecast = planner.forecast("ann");
      assertEquals(30, forecast.size());
      assertEquals(1, forecast.get(0).due());
      assertEquals(1, forecast.get(2).due());
      assertEquals(2, forecast.stream().mapToInt(DayForecast::due).sum());
    }

    @Test
    void retentionCountsRecallsOfKnownFactsOnly() {
      planner.review("ann", "f1", "q1a", Rating.GOOD);
      planner.review("ann", "f2", "q2a", Rating.GOOD);
      clock.advance(Duration.ofDays(3));
      planner.review("ann", "f1", "q1b", Rating.GOOD);
      planner.review("ann", "f2", "q2a", Rating.AGAIN);
      RetentionStats stats = planner.stats("ann");
      assertEquals(2, stats.factsMet());
      assertEquals(0.5, stats.trueRetention30d(), 1e-9);
      assertEquals(4, stats.reviewsLast30d());
      assertEquals(2, stats.reviewsToday());
      assertEquals(0, stats.dueNow());
      clock.advance(Duration.ofMinutes(11));
      assertEquals(1, planner.stats("ann").dueNow());
    }
  }

  /** Two facts of article a1, each with two questions from different templates. */
  static final class TwoFactCatalog implements QuestionCatalog {
    private static final Map<String, List<Question>> BY_FACT = Map.of(
        "f1", List.of(question("q1a", "f1", "who-said"), question("q1b", "f1", "quote-cloze")),
        "f2", List.of(question("q2a", "f2", "when"), question("q2b", "f2", "event-year")));

    @Override
    public List<Question> questionsOfFact(String factId) {
      return BY_FACT.getOrDefault(factId, List.of());
    }

    @Override
    public List<String> factsOfArticle(String article) {
      return article.equals("a1") ? List.of("f1", "f2") : List.of();
    }

    @Override
    public Optional<Question> question(String questionId) {
      return BY_FACT.values().stream().flatMap(List::stream).filter(q -> q.id().equals(questionId)).findFirst();
    }

    private static Question question(String id, String fact, String template) {
      return new Question(id, QuestionKind.TRUE_FALSE, "The harbour town elected a new mayor.",
          List.of(), List.of(new Choice("true", "True"), new Choice("false", "False")),
          AnswerKey.ofChoices(List.of("true")), List.of(), "", null, null, 2,
          new Tags("a1", List.of(), List.of(), template), fact);
    }
  }

}
