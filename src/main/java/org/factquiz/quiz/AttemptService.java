package org.factquiz.quiz;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factquiz.NotFoundException;
import org.factquiz.StateConflictException;
import org.factquiz.account.Account;
import org.factquiz.generate.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Students start attempts, save answers as they go and submit; the attempt is graded once. Only
 * the student who owns an attempt (or the teacher who opened its quiz) can see it.
 */
public final class AttemptService {
  private static final Logger LOG = LoggerFactory.getLogger(AttemptService.class);
  private final AttemptRepository attempts;
  private final QuizService quizzes;
  private final Grader grader;
  private final Clock clock;
  private final List<SubmissionListener> listeners;
  private final SecureRandom seeds = new SecureRandom();
  /** Attempt id to its quiz and student, which never change: answer saves skip a read. */
  private final java.util.Map<Long, Owner> owners = new java.util.concurrent.ConcurrentHashMap<>();

  private record Owner(long quizId, long studentId) {}

  public AttemptService(AttemptRepository attempts, QuizService quizzes, Grader grader, Clock clock,
      List<SubmissionListener> listeners) {
    this.attempts = attempts;
    this.quizzes = quizzes;
    this.grader = grader;
    this.clock = clock;
    this.listeners = List.copyOf(listeners);
  }

  /** Resumes the student's open attempt at the quiz, or starts the next one. */
  public AttemptState start(Account student, long quizId) {
    student.requireStudent();
    Quiz quiz = quizzes.visible(student, quizId);
    Instant now = clock.instant();
    Instant deadline = quiz.timeLimitSeconds() == null ? null : now.plusSeconds(quiz.timeLimitSeconds());
    Attempt attempt = attempts.startOrResume(quizId, student.id(), quiz.attemptsAllowed(), seeds.nextLong(), now, deadline);
    return state(attempt, quiz);
  }

  public AttemptState get(Account account, long attemptId) {
    Attempt attempt = visible(account, attemptId);
    return state(attempt, quizzes.find(attempt.quizId()).orElseThrow());
  }

  public void saveAnswer(Account student, long attemptId, String questionId, Answer answer) {
    student.requireStudent();
    Owner owner = owners.get(attemptId);
    if (owner == null) {
      Attempt attempt = visible(student, attemptId);
      owner = new Owner(attempt.quizId(), attempt.studentId());
      owners.put(attemptId, owner);
    }
    if (owner.studentId() != student.id()) {
      throw new NotFoundException("no attempt " + attemptId);
    }
    Quiz quiz = quizzes.find(owner.quizId()).orElseThrow();
    Question question = quiz.question(questionId)
        .orElseThrow(() -> new NotFoundException("no question " + questionId + " in this attempt"));
    AnswerShape.check(question, answer);
    Instant now = clock.instant();
    SaveOutcome outcome = attempts.saveAnswer(attemptId, questionId, answer, now);
    switch (outcome) {
      case SAVED -> { }
      case NOT_FOUND -> throw new NotFoundException("no attempt " + attemptId);
      case ALREADY_SUBMITTED -> throw new StateConflictException("this attempt was submitted; answers can no longer change");
      case PAST_DEADLINE -> throw new StateConflictException("the time limit of this attempt has passed; answers can no "
          + "longer change");
    }
  }

  /** Grades and closes the attempt; submitting again returns the same result. */
  public AttemptState submit(Account student, long attemptId) {
    student.requireStudent();
    Attempt attempt = visible(student, attemptId);
    Quiz quiz = quizzes.find(attempt.quizId()).orElseThrow();
    boolean[] gradedNow = {false};
    AttemptResult result = attempts.submit(attemptId, open -> {
      gradedNow[0] = true;
      return grade(quiz, open);
    }, clock.instant());
    Attempt closed = attempts.find(attemptId).orElseThrow();
    if (gradedNow[0]) {
      for (SubmissionListener l : listeners) {
        try {
          l.submitted(quiz, closed, result);
        } catch (RuntimeException e) {
          LOG.error("submission listener failed for attempt {}", attemptId, e);
        }
      }
    }
    return new AttemptState(closed, quiz, AttemptLayout.of(quiz, closed.seed()), Optional.of(result));
  }

  AttemptResult grade(Quiz quiz, Attempt attempt) {
    List<Grade> grades = new ArrayList<>();
    double score = 0;
    for (Question q : quiz.questions()) {
      Grade g = grader.grade(q, attempt.answers().get(q.id()));
      grades.add(g);
      score += g.credit();
    }
    return new AttemptResult(attempt.id(), Math.round(score * 1000.0) / 1000.0, quiz.questions().size(), grades);
  }

  private AttemptState state(Attempt attempt, Quiz quiz) {
    Optional<AttemptResult> result = attempt.status() == AttemptStatus.SUBMITTED ? attempts.result(attempt.id())
        : Optional.empty();
    return new AttemptState(attempt, quiz, AttemptLayout.of(quiz, attempt.seed()), result);
  }

  /** The attempt, when it is the caller's own or of a quiz the calling teacher opened. */
  private Attempt visible(Account account, long attemptId) {
    Optional<Attempt> attempt = attempts.find(attemptId);
    boolean allowed = attempt.map(a -> account.isTeacher()
        ? quizzes.find(a.quizId()).map(q -> q.ownerId() == account.id()).orElse(false)
        : a.studentId() == account.id()).orElse(false);
    if (!allowed) {
      throw new NotFoundException("no attempt " + attemptId);
    }
    return attempt.get();
  }
}
