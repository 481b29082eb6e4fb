package org.factquiz.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.factquiz.account.Account;
import org.factquiz.generate.Question;
import org.factquiz.quiz.Library;
import org.factquiz.quiz.LibraryEntry;
import org.factquiz.quiz.Quiz;
import org.factquiz.quiz.QuizService;

/** A learner's history, mastery and missed facts; a teacher's scores and item statistics per quiz. */
public final class ProgressService {
  private final ProgressRepository repository;
  private final QuizService quizzes;
  private final Library library;

  public ProgressService(ProgressRepository repository, QuizService quizzes, Library library) {
    this.repository = repository;
    this.quizzes = quizzes;
    this.library = library;
  }

  public ProgressReport of(Account student) {
    student.requireStudent();
    List<GradedItem> items = repository.ofStudent(student.id());
    Map<Long, HistoryLine> history = new LinkedHashMap<>();
    for (GradedItem i : items) {
      HistoryLine h = history.get(i.attemptId());
      double score = (h == null ? 0 : h.score()) + i.credit();
      double max = (h == null ? 0 : h.maxScore()) + 1;
      history.put(i.attemptId(), new HistoryLine(i.attemptId(), i.quizId(), i.quizTitle(), i.submittedAt(),
          ItemAnalysis.round(score), max));
    }
    Mastery mastery = new Mastery(
        lines(items, q -> List.of(articleOf(q)), this::articleTitle),
        lines(items, q -> q.tags() == null ? List.of() : q.tags().people(), Function.identity()),
        lines(items, q -> q.tags() == null ? List.of() : q.tags().bodies(), Function.identity()),
        lines(items, q -> List.of(q.kind().wireName()), Function.identity()));
    return new ProgressReport(List.copyOf(history.values()), mastery, missed(items));
  }

  /** Scores per student (their latest attempt) and item statistics over those attempts. */
  public QuizReport resultsOf(Account teacher, long quizId) {
    Quiz quiz = quizzes.owned(teacher, quizId);
    Map<Long, List<GradedItem>> latest = new LinkedHashMap<>();
    Map<Long, Integer> attempts = new LinkedHashMap<>();
    Map<Long, Long> latestAttempt = new LinkedHashMap<>();
    for (GradedItem i : repository.ofQuiz(quizId)) {
      Long seen = latestAttempt.get(i.studentId());
      if (seen == null || seen != i.attemptId()) {
        latestAttempt.put(i.studentId(), i.attemptId());
        latest.put(i.studentId(), new ArrayList<>());
        attempts.merge(i.studentId(), 1, Integer::sum);
      }
      latest.get(i.studentId()).add(i);
    }
    List<StudentScore> students = new ArrayList<>();
    List<Map<String, Double>> credits = new ArrayList<>();
    latest.forEach((student, items) -> {
      Map<String, Double> byQuestion = new LinkedHashMap<>();
      items.forEach(i -> byQuestion.put(i.question().id(), i.credit()));
      credits.add(byQuestion);
      double score = byQuestion.values().stream().mapToDouble(Double::doubleValue).sum();
      students.add(new StudentScore(student, items.get(0).studentName(), ItemAnalysis.round(score),
          quiz.questions().size(), attempts.get(student)));
    });
    Map<String, String> stems = new LinkedHashMap<>();
    quiz.questions().forEach(q -> stems.put(q.id(), q.stem()));
    return new QuizReport(quizId, students, ItemAnalysis.analyse(List.copyOf(stems.keySet()), stems, credits));
  }

  private static List<MasteryLine> lines(List<GradedItem> items, Function<Question, List<String>> keys,
      Function<String, String> label) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (GradedItem i : items) {
      for (String k : keys.apply(i.question())) {
        if (k != null) {
          double[] s = sums.computeIfAbsent(k, x -> new double[2]);
          s[0] += i.credit();
          s[1] += 1;
        }
      }
    }
    List<MasteryLine> out = new ArrayList<>();
    sums.forEach((k, s) -> out.add(new MasteryLine(k, label.apply(k), (int) s[1], ItemAnalysis.round(s[0]),
        ItemAnalysis.round(s[0] / s[1]))));
    out.sort(Comparator.comparing(MasteryLine::share).thenComparing(MasteryLine::key));
    return out;
  }

  /** Facts whose latest graded answer earned less than full credit, most recent first. */
  private static List<MissedFact> missed(List<GradedItem> items) {
    Map<String, GradedItem> latestByFact = new LinkedHashMap<>();
    for (GradedItem i : items) {
      String fact = i.question().factId() != null ? i.question().factId() : i.question().id();
      latestByFact.remove(fact);
      latestByFact.put(fact, i);
    }
    List<MissedFact> out = new ArrayList<>();
    latestByFact.forEach((fact, i) -> {
      if (i.credit() < 1.0) {
        out.add(0, new MissedFact(fact, i.question().id(), i.question().stem(), i.question().evidence(), i.credit()));
      }
    });
    return out;
  }

  private static String articleOf(Question q) {
    if (q.tags() != null && q.tags().article() != null) {
      return q.tags().article();
    }
    return q.evidence() == null ? null : q.evidence().article();
  }

  private String articleTitle(String articleId) {
    return library.entry(articleId).map(LibraryEntry::article).map(a -> a.title()).orElse(articleId);
  }
}
