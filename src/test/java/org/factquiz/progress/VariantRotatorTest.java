package org.factquiz.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.Tags;
import org.junit.jupiter.api.Test;

/** Which wording shows a due fact next, and how answers become ratings. */
class VariantRotatorTest {
  private final VariantRotator rotator = new VariantRotator();

  private static Question q(String id, String template) {
    return new Question(id, QuestionKind.SHORT_ANSWER, "Who opened the mill?", null, null, AnswerKey.ofText("Ida"), null,
        "", null, null, 1, new Tags("a", null, null, template), "fact-1");
  }

  @Test
  void prefersAnotherTemplateOverAnotherQuestionOfTheSameTemplate() {
    List<Question> variants = List.of(q("q1", "who"), q("q2", "who"), q("q3", "cloze"));
    assertEquals("q3", rotator.next(variants, "q1", "who").orElseThrow().id());
  }

  @Test
  void fallsBackToAnotherQuestionThenToTheSameOne() {
    assertEquals("q2", rotator.next(List.of(q("q1", "who"), q("q2", "who")), "q1", "who").orElseThrow().id());
    assertEquals("q1", rotator.next(List.of(q("q1", "who")), "q1", "who").orElseThrow().id());
    assertTrue(rotator.next(List.of(), "q1", "who").isEmpty());
  }

  @Test
  void cyclesThroughTemplatesOverSuccessiveReviews() {
    List<Question> variants = List.of(q("q1", "a"), q("q2", "b"), q("q3", "c"));
    Question first = rotator.next(variants, null, null).orElseThrow();
    Question second = rotator.next(variants, first.id(), "a").orElseThrow();
    Question third = rotator.next(variants, second.id(), "b").orElseThrow();
    assertEquals(List.of("q1", "q2", "q3"), List.of(first.id(), second.id(), third.id()));
  }

  @Test
  void answersBecomeRatings() {
    assertEquals(Rating.AGAIN, Rating.ofAnswer(0, Duration.ofSeconds(2)));
    assertEquals(Rating.HARD, Rating.ofAnswer(0.5, Duration.ofSeconds(2)));
    assertEquals(Rating.GOOD, Rating.ofAnswer(1, Duration.ofSeconds(20)));
    assertEquals(Rating.GOOD, Rating.ofAnswer(1, null));
    assertEquals(Rating.EASY, Rating.ofAnswer(1, Duration.ofSeconds(5)));
    assertEquals(Rating.GOOD, Rating.fromWireName(" Good "));
  }
}
