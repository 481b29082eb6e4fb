package org.factquiz.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factquiz.api.QuestionViews.EvidenceView;
import org.factquiz.api.QuestionViews.KeyView;
import org.factquiz.api.QuestionViews.SourceView;
import org.factquiz.api.QuestionViews.StudentQuestionView;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.quiz.Answer;
import org.factquiz.quiz.AttemptResult;
import org.factquiz.quiz.AttemptState;
import org.factquiz.quiz.Grade;
import org.factquiz.quiz.Quiz;

/** Wire records of quizzes, attempts, answers and results. */
final class AttemptViews {
  private AttemptViews() {}

  record OpenQuizRequest(
      @NotNull Long questionSetId,
      @NotNull Long classId,
      @NotBlank @Size(max = 200) String title,
      @Min(10) @Max(86400) Integer timeLimitSeconds,
      @Min(1) @Max(100) Integer attemptsAllowed,
      Boolean shuffle) {}

  record AnswerRequest(@Size(max = 50) List<@NotBlank @Size(max = 100) String> choices,
      @Size(max = 50) Map<@NotBlank String, @NotBlank String> pairs,
      @Size(max = 500) String text, Double number) {
    Answer toAnswer() {
      return new Answer(choices, pairs, text, number);
    }
  }

  record AnswerView(List<String> choices, Map<String, String> pairs, String text, Double number) {
    static AnswerView of(Answer a) {
      return a == null ? null : new AnswerView(a.choices().isEmpty() ? null : a.choices(),
          a.pairs().isEmpty() ? null : a.pairs(), a.text(), a.number());
    }
  }

  record QuizView(long id, String title, long classId, int questionCount, Integer timeLimitSeconds, int attemptsAllowed,
      int attemptsUsed, boolean shuffle, Instant createdAt) {
    static QuizView of(Quiz q, int attemptsUsed) {
      return new QuizView(q.id(), q.title(), q.classId(), q.questions().size(), q.timeLimitSeconds(), q.attemptsAllowed(),
          attemptsUsed, q.shuffle(), q.createdAt());
    }
  }

  /** What a student sees of an attempt; {@code result} is set only once it is submitted. */
  record AttemptView(long id, long quizId, String quizTitle, int number, String status, Instant startedAt, Instant deadline,
      Instant submittedAt, List<StudentQuestionView> questions, Map<String, AnswerView> answers, ResultView result) {
    static AttemptView of(AttemptState s) {
      Map<String, AnswerView> answers = new LinkedHashMap<>();
      s.attempt().answers().forEach((qid, a) -> answers.put(qid, AnswerView.of(a)));
      return new AttemptView(s.attempt().id(), s.quiz().id(), s.quiz().title(), s.attempt().number(),
          s.attempt().status().wireName(), s.attempt().startedAt(), s.attempt().deadline(), s.attempt().submittedAt(),
          s.layout().stream().map(StudentQuestionView::of).toList(), answers,
          s.result().map(r -> ResultView.of(s, r)).orElse(null));
    }
  }

  record QuestionResultView(String id, String kind, String stem, String outcome, double credit, AnswerView answer, KeyView key,
      String keyText, List<String> accepted, String feedback, String reason, EvidenceView evidence, SourceView source) {}

  record ResultView(long attemptId, double score, double maxScore, List<QuestionResultView> questions) {
    static ResultView of(AttemptState s, AttemptResult r) {
      Map<String, Grade> grades = r.grades().stream().collect(Collectors.toMap(Grade::questionId, g -> g, (a, b) -> a));
      List<QuestionResultView> out = s.layout().stream().map(p -> {
        Question q = p.question();
        Grade g = grades.get(q.id());
        return new QuestionResultView(q.id(), q.kind().wireName(), q.stem(), g == null ? "incorrect" : g.outcome().wireName(),
            g == null ? 0 : g.credit(), AnswerView.of(s.attempt().answers().get(q.id())), KeyView.of(q.key()), keyText(q),
            q.accepted(), q.feedback(), g == null ? "not graded" : g.reason(), EvidenceView.of(q.evidence()),
            SourceView.of(q.source()));
      }).toList();
      return new ResultView(r.attemptId(), r.score(), r.maxScore(), out);
    }
  }

  /** The key in words: option texts, "premise → option" pairs, the text or the number. */
  static String keyText(Question q) {
    if (q.key() == null) {
      return null;
    }
    Map<String, String> optionText = q.options().stream().collect(Collectors.toMap(Choice::id, Choice::text, (a, b) -> a));
    Map<String, String> premiseText = q.premises().stream().collect(Collectors.toMap(Choice::id, Choice::text, (a, b) -> a));
    if (!q.key().pairs().isEmpty()) {
      return q.premises().stream().filter(p -> q.key().pairs().containsKey(p.id()))
          .map(p -> premiseText.get(p.id()) + " → " + optionText.getOrDefault(q.key().pairs().get(p.id()), "?"))
          .collect(Collectors.joining("; "));
    }
    if (!q.key().choices().isEmpty()) {
      return q.key().choices().stream().map(id -> optionText.getOrDefault(id, id)).collect(Collectors.joining(
          q.kind() == org.factquiz.generate.QuestionKind.ORDERING ? " → " : "; "));
    }
    if (q.key().text() != null) {
      return q.key().text();
    }
    return q.key().number() == null ? null : formatNumber(q.key().number());
  }

  private static String formatNumber(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
