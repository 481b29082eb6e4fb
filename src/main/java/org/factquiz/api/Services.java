package org.factquiz.api;

import java.time.Clock;
import org.factquiz.account.AccountService;
import org.factquiz.account.ClassService;
import org.factquiz.progress.ProgressService;
import org.factquiz.progress.StudyPlanner;
import org.factquiz.quiz.AttemptRepository;
import org.factquiz.quiz.AttemptService;
import org.factquiz.quiz.Library;
import org.factquiz.quiz.QuestionSetService;
import org.factquiz.quiz.QuizService;
import org.factquiz.store.Database;

/**
 * Everything the wiring built that resources use; a feature added later (study mode) builds its
 * own service from these (the database for its repositories, the clock, the library, quizzes).
 */
public record Services(
    Database database,
    Clock clock,
    AccountService accounts,
    ClassService classes,
    Library library,
    QuestionSetService questionSets,
    QuizService quizzes,
    AttemptService attempts,
    AttemptRepository attemptRepository,
    ProgressService progress,
    org.factquiz.export.ExportFormats exports,
    StudyPlanner study,
    java.nio.file.Path webappDir) {}
