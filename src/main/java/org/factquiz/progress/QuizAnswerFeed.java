package org.factquiz.progress;

import java.time.Duration;
import org.factquiz.quiz.Attempt;
import org.factquiz.quiz.AttemptResult;
import org.factquiz.quiz.Grade;
import org.factquiz.quiz.Quiz;
import org.factquiz.quiz.SubmissionListener;

/**
 * Feeds each graded quiz answer into the learner's FSRS cards: wrong is Again, right is Good,
 * and right at under the fast-answer time per question (on average over the attempt) is Easy.
 */
public final class QuizAnswerFeed implements SubmissionListener {
  private final StudyPlanner planner;

  public QuizAnswerFeed(StudyPlanner planner) {
    this.planner = planner;
  }

  @Override
  public void submitted(Quiz quiz, Attempt attempt, AttemptResult result) {
    Duration perQuestion = null;
    if (attempt.startedAt() != null && attempt.submittedAt() != null && !result.grades().isEmpty()) {
      perQuestion = Duration.between(attempt.startedAt(), attempt.submittedAt()).dividedBy(result.grades().size());
    }
    String learner = Long.toString(attempt.studentId());
    for (Grade grade : result.grades()) {
      Duration took = perQuestion;
      quiz.question(grade.questionId())
          .filter(q -> q.factId() != null)
          .ifPresent(q -> planner.recordAnswer(learner, q, grade.credit(), took));
    }
  }
}
