package org.factquiz.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factquiz.generate.Question;

/**
 * Study mode for one learner at a time: the queue of due facts (each shown through a rotating
 * variant), recording reviews and graded answers through FSRS, mistakes, forecast and figures.
 * {@code withheld} question ids (e.g. those of quizzes still open to the learner) are never shown.
 */
public final class StudyPlanner {
  public static final int FORECAST_DAYS = 30;
  private static final int MAX_LIMIT = 200;

  private final FsrsScheduler scheduler;
  private final StudyRepository repository;
  private final QuestionCatalog catalog;
  private final VariantRotator rotator = new VariantRotator();

  public StudyPlanner(FsrsScheduler scheduler, StudyRepository repository, QuestionCatalog catalog) {
    this.scheduler = scheduler;
    this.repository = repository;
    this.catalog = catalog;
  }

  /** The scheduler aiming for the learner's desired retention (0.9 unless they chose another). */
  public FsrsScheduler schedulerOf(String learner) {
    return repository.desiredRetention(learner).map(scheduler::withRetention).orElse(scheduler);
  }

  /** Sets the retention FSRS aims for with this learner's future reviews (0.70 to 0.97). */
  public double setDesiredRetention(String learner, double retention) {
    FsrsScheduler checked = scheduler.withRetention(retention);
    repository.saveDesiredRetention(learner, checked.desiredRetention());
    return checked.desiredRetention();
  }

  /**
   * Due facts first (earliest due first), restricted to {@code articles} unless null; then, when
   * {@code introduceNew} and articles are named, facts of those articles not met yet.
   */
  public List<DueCard> queue(String learner, Collection<String> articles, boolean introduceNew, int limit,
      Set<String> withheld) {
    int max = Math.max(1, Math.min(limit, MAX_LIMIT));
    List<DueCard> cards = new ArrayList<>();
    for (FactCard card : repository.due(learner, scheduler.now(), articles, max)) {
      variant(card.factId(), card.lastQuestionId(), card.lastTemplate(), withheld)
          .ifPresent(q -> cards.add(new DueCard(card.factId(), q, card.memory().due())));
    }
    if (introduceNew && articles != null && cards.size() < max) {
      Set<String> met = new HashSet<>(repository.metFacts(learner));
      for (String article : articles) {
        for (String factId : catalog.factsOfArticle(article)) {
          if (cards.size() >= max) {
            return cards;
          }
          if (met.add(factId)) {
            variant(factId, null, null, withheld).ifPresent(q -> cards.add(new DueCard(factId, q, null)));
          }
        }
      }
    }
    return cards;
  }

  /** The facts whose latest review was a lapse (Again), most recent first, each in a fresh wording. */
  public List<DueCard> mistakes(String learner, int limit, Set<String> withheld) {
    Map<String, ReviewRecord> latest = new LinkedHashMap<>();
    for (ReviewRecord r : repository.reviews(learner, scheduler.now().minus(Duration.ofDays(365)))) {
      latest.remove(r.factId());
      latest.put(r.factId(), r);
    }
    List<ReviewRecord> missed = new ArrayList<>(latest.values().stream()
        .filter(r -> r.rating() == Rating.AGAIN).toList());
    Collections.reverse(missed);
    List<DueCard> cards = new ArrayList<>();
    for (ReviewRecord r : missed) {
      if (cards.size() >= Math.max(1, Math.min(limit, MAX_LIMIT))) {
        break;
      }
      Question last = catalog.question(r.questionId()).orElse(null);
      variant(r.factId(), r.questionId(), last == null ? null : VariantRotator.template(last), withheld)
          .ifPresent(q -> cards.add(new DueCard(r.factId(), q, null)));
    }
    return cards;
  }

  /** Records a self-rated review of a fact seen through {@code questionId}. */
  public FactCard review(String learner, String factId, String questionId, Rating rating) {
    return record(learner, questionOf(factId, questionId), rating);
  }

  /** The question, checked to test the fact. */
  public Question questionOf(String factId, String questionId) {
    return catalog.questionsOfFact(factId).stream()
        .filter(q -> q.id().equals(questionId))
        .findFirst()
        .orElseThrow(() -> new StudyException("/questionId",
            "question " + questionId + " does not test fact " + factId));
  }

  /** A question of the bank by id. */
  public Optional<Question> catalogQuestion(String questionId) {
    return catalog.question(questionId);
  }

  /** Feeds a graded answer (from a quiz or a study card) to the scheduler. */
  public FactCard recordAnswer(String learner, Question question, double credit, Duration took) {
    return record(learner, question, Rating.ofAnswer(credit, took));
  }

  private FactCard record(String learner, Question question, Rating rating) {
    if (question.factId() == null) {
      throw new StudyException("/questionId", "question " + question.id() + " tests no fact");
    }
    FsrsScheduler fsrs = schedulerOf(learner);
    Optional<FactCard> before = repository.find(learner, question.factId());
    MemoryState prior = before.map(FactCard::memory).orElse(null);
    double predicted = prior == null ? Double.NaN : fsrs.retrievability(prior, fsrs.now());
    MemoryState after = fsrs.review(prior, rating);
    String article = question.tags() != null && question.tags().article() != null
        ? question.tags().article()
        : before.map(FactCard::article).orElse(question.evidence() == null ? null : question.evidence().article());
    FactCard card = new FactCard(learner, question.factId(), article, after, question.id(),
        VariantRotator.template(question));
    repository.save(card, new ReviewRecord(learner, question.factId(), question.id(), rating,
        after.lastReview(), predicted));
    return card;
  }

  private Optional<Question> variant(String factId, String lastQuestion, String lastTemplate, Set<String> withheld) {
    List<Question> variants = catalog.questionsOfFact(factId).stream()
        .filter(q -> withheld == null || !withheld.contains(q.id()))
        .toList();
    return rotator.next(variants, lastQuestion, lastTemplate);
  }

  /** Reviews due on each of the next 30 days (UTC); overdue cards count on the first day. */
  public List<DayForecast> forecast(String learner) {
    LocalDate today = LocalDate.ofInstant(scheduler.now(), ZoneOffset.UTC);
    int[] counts = new int[FORECAST_DAYS];
    Instant until = today.plusDays(FORECAST_DAYS).atStartOfDay(ZoneOffset.UTC).toInstant();
    for (Instant due : repository.dueTimes(learner, until)) {
      long day = Math.max(0, today.until(LocalDate.ofInstant(due, ZoneOffset.UTC)).getDays());
      counts[(int) Math.min(day, FORECAST_DAYS - 1)]++;
    }
    List<DayForecast> days = new ArrayList<>();
    for (int i = 0; i < FORECAST_DAYS; i++) {
      days.add(new DayForecast(today.plusDays(i), counts[i]));
    }
    return days;
  }

  /** The learner's retention figures now. */
  public RetentionStats stats(String learner) {
    Instant now = scheduler.now();
    List<FactCard> cards = repository.cards(learner);
    int dueNow = 0;
    int mature = 0;
    double recall = 0;
    for (FactCard c : cards) {
      dueNow += c.memory().due().isAfter(now) ? 0 : 1;
      mature += c.memory().stability() >= 21 ? 1 : 0;
      recall += scheduler.retrievability(c.memory(), now);
    }
    int known = 0;
    int recalled = 0;
    int today = 0;
    LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
    List<ReviewRecord> reviews = repository.reviews(learner, now.minus(Duration.ofDays(30)));
    for (ReviewRecord r : reviews) {
      today += LocalDate.ofInstant(r.reviewedAt(), ZoneOffset.UTC).equals(day) ? 1 : 0;
      if (!r.firstMeeting()) {
        known++;
        recalled += r.rating() == Rating.AGAIN ? 0 : 1;
      }
    }
    return new RetentionStats(cards.size(), dueNow, mature,
        cards.isEmpty() ? 0 : recall / cards.size(),
        known == 0 ? null : (double) recalled / known,
        reviews.size(), today, schedulerOf(learner).desiredRetention());
  }
}
