package org.factquiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.factquiz.account.Account;
import org.factquiz.account.ClassService;
import org.factquiz.account.Role;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.junit.jupiter.api.Test;

/** The attempt service tells its submission listeners once per graded attempt, whatever they do. */
class AttemptServiceTest {
  private final Clock clock = Clock.fixed(Instant.parse("2030-01-01T10:00:00Z"), ZoneOffset.UTC);
  private final Account student = new Account(7, "s@example.org", "S", Role.STUDENT);
  private final Question question = GraderTest.question(QuestionKind.SINGLE_CHOICE, List.of(), GraderTest.options("a", "b"),
      AnswerKey.ofChoices(List.of("a")), List.of());
  private final Quiz quiz = new Quiz(3, 1, 2, "Quiz", null, 1, false, clock.instant(), List.of(question));
  private final Attempt open = new Attempt(11, 3, 7, 1, AttemptStatus.OPEN, 5, clock.instant(), null, null,
      Map.of("q1", Answer.ofChoices(List.of("a"))));
  private final Attempt closed = new Attempt(11, 3, 7, 1, AttemptStatus.SUBMITTED, 5, clock.instant(), null, clock.instant(),
      open.answers());

  @SuppressWarnings("unchecked")
  private AttemptRepository repositoryThatGradesOnce() {
    AttemptRepository repository = mock(AttemptRepository.class);
    when(repository.find(11)).thenReturn(Optional.of(open), Optional.of(closed));
    AttemptResult[] stored = new AttemptResult[1];
    when(repository.submit(eq(11L), any(Function.class), any(Instant.class))).thenAnswer(call -> {
      if (stored[0] == null) {
        stored[0] = ((Function<Attempt, AttemptResult>) call.getArgument(1)).apply(open);
      }
      return stored[0];
    });
    return repository;
  }

  private QuizService quizzes() {
    QuizRepository quizRepository = mock(QuizRepository.class);
    when(quizRepository.find(3)).thenReturn(Optional.of(quiz));
    ClassService classes = mock(ClassService.class);
    when(classes.isMember(anyLong(), anyLong())).thenReturn(true);
    return new QuizService(quizRepository, null, classes, clock);
  }

  @Test
  void tellsListenersOnceWhenAnAttemptIsSubmittedTwice() {
    SubmissionListener listener = mock(SubmissionListener.class);
    AttemptService service = new AttemptService(repositoryThatGradesOnce(), quizzes(), new Grader(AliasBook.NONE), clock,
        List.of(listener));
    AttemptState first = service.submit(student, 11);
    AttemptState second = service.submit(student, 11);
    assertEquals(first.result(), second.result());
    assertEquals(1.0, first.result().orElseThrow().score());
    verify(listener, times(1)).submitted(eq(quiz), any(Attempt.class), any(AttemptResult.class));
  }

  @Test
  void aFailingListenerDoesNotFailTheSubmit() {
    SubmissionListener listener = mock(SubmissionListener.class);
    doThrow(new IllegalStateException("listener broke")).when(listener).submitted(any(), any(), any());
    AttemptService service = new AttemptService(repositoryThatGradesOnce(), quizzes(), new Grader(AliasBook.NONE), clock,
        List.of(listener));
    assertEquals(1.0, service.submit(student, 11).result().orElseThrow().score());
  }
}
