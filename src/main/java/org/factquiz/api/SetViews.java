package org.factquiz.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factquiz.api.QuestionViews.TeacherQuestionView;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Choice;
import org.factquiz.quiz.QuestionEdit;
import org.factquiz.quiz.ReviewStatus;
import org.factquiz.quiz.SavedQuestionSet;

/** Wire records of question sets. */
final class SetViews {
  private SetViews() {}

  record CreateSetRequest(
      @NotBlank @Size(max = 200) String title,
      @Size(max = 100) List<@NotBlank @Size(max = 200) String> articles,
      @Size(max = 8) List<@NotBlank @Size(max = 40) String> kinds,
      @Min(1) @Max(500) Integer count,
      @Min(1) @Max(5) Integer minDifficulty,
      @Min(1) @Max(5) Integer maxDifficulty,
      Long seed) {}

  record ChoiceRequest(@NotBlank @Size(max = 100) String id, @NotBlank @Size(max = 1000) String text) {
    Choice toChoice() {
      return new Choice(id, text);
    }
  }

  record KeyRequest(@Size(max = 50) List<@NotBlank String> choices, @Size(max = 50) Map<String, String> pairs,
      @Size(max = 500) String text, Double number, Double tolerance) {
    AnswerKey toKey() {
      return new AnswerKey(choices, pairs, text, number, tolerance);
    }
  }

  record EditRequest(
      @NotBlank @Size(max = 2000) String stem,
      @Size(max = 50) List<@NotNull @Valid ChoiceRequest> options,
      @Size(max = 50) List<@NotNull @Valid ChoiceRequest> premises,
      @NotNull @Valid KeyRequest key,
      @Size(max = 50) List<@NotBlank @Size(max = 500) String> accepted,
      @Size(max = 4000) String feedback) {
    QuestionEdit toEdit() {
      return new QuestionEdit(stem, options == null ? null : options.stream().map(ChoiceRequest::toChoice).toList(),
          premises == null ? null : premises.stream().map(ChoiceRequest::toChoice).toList(), key.toKey(), accepted, feedback);
    }
  }

  record SetSummaryView(long id, String title, Instant createdAt, int questionCount, int approved, int rejected, int pending) {
    static SetSummaryView of(SavedQuestionSet s) {
      return new SetSummaryView(s.id(), s.title(), s.createdAt(), s.entries().size(), count(s, ReviewStatus.APPROVED),
          count(s, ReviewStatus.REJECTED), count(s, ReviewStatus.PENDING));
    }

    private static int count(SavedQuestionSet s, ReviewStatus status) {
      return (int) s.entries().stream().filter(e -> e.status() == status).count();
    }
  }

  record SetView(long id, String title, Instant createdAt, List<TeacherQuestionView> questions) {
    static SetView of(SavedQuestionSet s) {
      return new SetView(s.id(), s.title(), s.createdAt(), s.entries().stream().map(TeacherQuestionView::of).toList());
    }
  }
}
