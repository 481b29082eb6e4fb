package org.factquiz.progress;

import java.util.List;

/** A teacher's view of one quiz: scores per student and statistics per question. */
public record QuizReport(long quizId, List<StudentScore> students, List<ItemStatistics> items) {}
