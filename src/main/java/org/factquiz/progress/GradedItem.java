package org.factquiz.progress;

import java.time.Instant;
import org.factquiz.generate.Question;
import org.factquiz.quiz.Outcome;

/** One graded answer of a submitted attempt, with the question as the quiz showed it. */
public record GradedItem(long attemptId, long studentId, String studentName, long quizId, String quizTitle,
    Instant submittedAt, Question question, double credit, Outcome outcome) {}
