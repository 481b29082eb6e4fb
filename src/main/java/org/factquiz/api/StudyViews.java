package org.factquiz.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.factquiz.extract.Evidence;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.Source;
import org.factquiz.progress.DayForecast;
import org.factquiz.progress.DueCard;
import org.factquiz.progress.FactCard;
import org.factquiz.progress.RetentionStats;
import org.factquiz.quiz.Answer;
import org.factquiz.quiz.Grade;

/** Wire records of study mode; the front of a card never carries a key. */
final class StudyViews {
  private StudyViews() {}

  /** A question as study shows it: no key, options shuffled the same way for the same learner. */
  record StudyQuestionView(String id, String kind, String stem, List<Choice> options, List<Choice> premises) {
    static StudyQuestionView of(Question q, String learner) {
      List<Choice> options = new ArrayList<>(q.options());
      List<Choice> premises = new ArrayList<>(q.premises());
      if (q.kind() != QuestionKind.TRUE_FALSE) {
        long seed = (learner + "/" + q.id()).hashCode();
        Collections.shuffle(options, new Random(seed));
        Collections.shuffle(premises, new Random(seed * 31 + 7));
      }
      return new StudyQuestionView(q.id(), q.kind().wireName(), q.stem(), options, premises);
    }
  }

  /** One card of the queue; {@code due} is null for a fact met for the first time. */
  record StudyCardView(String factId, StudyQuestionView question, String due) {
    static StudyCardView of(DueCard card, String learner) {
      return new StudyCardView(card.factId(), StudyQuestionView.of(card.question(), learner),
          card.due() == null ? null : card.due().toString());
    }
  }

  /** A review: a self-rating, or an answer to grade (then the rating follows from the grade). */
  record ReviewRequest(
      @NotBlank @Size(max = 200) String factId,
      @NotBlank @Size(max = 200) String questionId,
      @Size(max = 10) String rating,
      Answer answer,
      @PositiveOrZero Long elapsedMs) {}

  /** The card after a review; outcome, credit and reason are set when an answer was graded. */
  record ReviewView(String factId, String questionId, String rating, String due, long interval, double stability,
      double difficulty, String outcome, Double credit, String reason) {
    static ReviewView of(FactCard card, String rating, Grade grade) {
      long interval = Duration.between(card.memory().lastReview(), card.memory().due()).toDays();
      return new ReviewView(card.factId(), card.lastQuestionId(), rating, card.memory().due().toString(), interval,
          round(card.memory().stability()), round(card.memory().difficulty()),
          grade == null ? null : grade.outcome().wireName(), grade == null ? null : grade.credit(),
          grade == null ? null : grade.reason());
    }
  }

  /** The back of a flashcard: the answer in words, the key, the evidence and the source. */
  record CardBackView(String questionId, String factId, String answer, AnswerKey key, List<String> accepted,
      String feedback, Evidence evidence, Source source) {
    static CardBackView of(Question q) {
      return new CardBackView(q.id(), q.factId(), answerText(q), q.key(), q.accepted(), q.feedback(), q.evidence(),
          q.source());
    }
  }

  /** The retention FSRS aims for with this learner. */
  record StudySettingsView(double desiredRetention) {}

  record StudySettingsRequest(@NotNull @DecimalMin("0.70") @DecimalMax("0.97") Double desiredRetention) {}

  record ForecastDayView(String date, int due) {
    static ForecastDayView of(DayForecast d) {
      return new ForecastDayView(d.date().toString(), d.due());
    }
  }

  record StatsView(int factsMet, int dueNow, int mature, double averageRecall, Double trueRetention30d,
      int reviewsLast30d, int reviewsToday, double desiredRetention) {
    static StatsView of(RetentionStats s) {
      return new StatsView(s.factsMet(), s.dueNow(), s.mature(), round(s.averageRecall()), s.trueRetention30d(),
          s.reviewsLast30d(), s.reviewsToday(), s.desiredRetention());
    }
  }

  /** The key of a question as a reader would say it, using the option texts. */
  static String answerText(Question q) {
    AnswerKey key = q.key();
    if (key == null) {
      return "";
    }
    if (!key.pairs().isEmpty()) {
      return q.premises().stream()
          .filter(p -> key.pairs().containsKey(p.id()))
          .map(p -> p.text() + " → " + textOf(q.options(), key.pairs().get(p.id())))
          .collect(Collectors.joining("; "));
    }
    if (!key.choices().isEmpty()) {
      return key.choices().stream().map(id -> textOf(q.options(), id))
          .collect(Collectors.joining(q.kind() == QuestionKind.ORDERING ? " → " : ", "));
    }
    if (key.text() != null) {
      return key.text();
    }
    if (key.number() == null) {
      return "";
    }
    String n = key.number() == Math.rint(key.number()) ? Long.toString(key.number().longValue()) : key.number().toString();
    return key.tolerance() == null || key.tolerance() == 0 ? n : n + " (± " + key.tolerance() + ")";
  }

  private static String textOf(List<Choice> options, String id) {
    return options.stream().filter(o -> o.id().equals(id)).map(Choice::text).findFirst()
        .orElse("true".equals(id) ? "True" : "false".equals(id) ? "False" : id);
  }

  private static double round(double d) {
    return Math.round(d * 1000.0) / 1000.0;
  }
}
