package org.factquiz.progress;

import java.util.List;

/** Reads the graded answers of submitted attempts, oldest attempt first. */
public interface ProgressRepository {
  List<GradedItem> ofStudent(long studentId);

  List<GradedItem> ofQuiz(long quizId);
}
