package org.factquiz.api;

import java.time.Instant;
import java.util.List;
import org.factquiz.api.QuestionViews.EvidenceView;
import org.factquiz.progress.HistoryLine;
import org.factquiz.progress.ItemStatistics;
import org.factquiz.progress.MasteryLine;
import org.factquiz.progress.MissedFact;
import org.factquiz.progress.ProgressReport;
import org.factquiz.progress.QuizReport;
import org.factquiz.progress.StudentScore;

/** Wire records of progress reports and quiz results. */
final class ProgressViews {
  private ProgressViews() {}

  record HistoryView(long attemptId, long quizId, String quizTitle, Instant submittedAt, double score, double maxScore) {
    static HistoryView of(HistoryLine h) {
      return new HistoryView(h.attemptId(), h.quizId(), h.quizTitle(), h.submittedAt(), h.score(), h.maxScore());
    }
  }

  record MasteryLineView(String key, String label, int answered, double credit, double share) {
    static List<MasteryLineView> of(List<MasteryLine> lines) {
      return lines.stream().map(l -> new MasteryLineView(l.key(), l.label(), l.answered(), l.credit(), l.share())).toList();
    }
  }

  record MasteryView(List<MasteryLineView> articles, List<MasteryLineView> people, List<MasteryLineView> bodies,
      List<MasteryLineView> kinds) {}

  record MissedView(String factId, String questionId, String stem, EvidenceView evidence, double credit) {
    static MissedView of(MissedFact m) {
      return new MissedView(m.factId(), m.questionId(), m.stem(), EvidenceView.of(m.evidence()), m.credit());
    }
  }

  record ProgressView(List<HistoryView> history, MasteryView mastery, List<MissedView> missed) {
    static ProgressView of(ProgressReport r) {
      return new ProgressView(r.history().stream().map(HistoryView::of).toList(),
          new MasteryView(MasteryLineView.of(r.mastery().articles()), MasteryLineView.of(r.mastery().people()),
              MasteryLineView.of(r.mastery().bodies()), MasteryLineView.of(r.mastery().kinds())),
          r.missed().stream().map(MissedView::of).toList());
    }
  }

  record StudentScoreView(long id, String name, double score, double maxScore, int attempts) {
    static StudentScoreView of(StudentScore s) {
      return new StudentScoreView(s.studentId(), s.name(), s.score(), s.maxScore(), s.attempts());
    }
  }

  record ItemView(String questionId, String stem, int answered, double difficulty, Double discrimination) {
    static ItemView of(ItemStatistics i) {
      return new ItemView(i.questionId(), i.stem(), i.answered(), i.difficulty(), i.discrimination());
    }
  }

  record QuizResultsView(long quizId, List<StudentScoreView> students, List<ItemView> items) {
    static QuizResultsView of(QuizReport r) {
      return new QuizResultsView(r.quizId(), r.students().stream().map(StudentScoreView::of).toList(),
          r.items().stream().map(ItemView::of).toList());
    }
  }
}
