package org.factquiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.factquiz.extract.Evidence;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.Tags;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GraderTest {
  private final Grader grader = new Grader((article, name) -> name.equals("Mira Holt") ? List.of("Mira Holt", "Holt",
      "Dr Holt") : List.of(name));

  static Question question(QuestionKind kind, List<Choice> premises, List<Choice> options, AnswerKey key, List<String> accepted) {
    return new Question("q1", kind, "stem", premises, options, key, accepted, "feedback",
        new Evidence("art", 0, 0, 10, "Dr Mira Holt opened the museum in 1999."), null, 2, new Tags("art", List.of(), List.of(),
        "t"), "f1");
  }

  static List<Choice> options(String... ids) {
    return java.util.Arrays.stream(ids).map(id -> new Choice(id, "text " + id)).toList();
  }

  @Nested
  class Choices {
    @Test
    void gradesTheRightSingleChoiceAsCorrect() {
      Question q = question(QuestionKind.SINGLE_CHOICE, List.of(), options("a", "b"), AnswerKey.ofChoices(List.of("b")), List.of());
      assertEquals(Outcome.CORRECT, grader.grade(q, Answer.ofChoices(List.of("b"))).outcome());
      assertEquals(Outcome.INCORRECT, grader.grade(q, Answer.ofChoices(List.of("a"))).outcome());
      assertEquals(Outcome.INCORRECT, grader.grade(q, Answer.ofChoices(List.of("a", "b"))).outcome());
    }

    @Test
    void gradesSkippedQuestionAsWrong() {
      Question q = question(QuestionKind.TRUE_FALSE, List.of(), options("true", "false"), AnswerKey.ofChoices(List.of("true")),
          List.of());
      Grade g = grader.grade(q, null);
      assertEquals(0.0, g.credit());
      assertEquals("not answered", g.reason());
    }

    @Test
    void givesMultipleResponseRightPicksMinusWrongPicks() {
      Question q = question(QuestionKind.MULTIPLE_RESPONSE, List.of(), options("a", "b", "c", "d"),
          AnswerKey.ofChoices(List.of("a", "b", "c")), List.of());
      assertEquals(1.0, grader.grade(q, Answer.ofChoices(List.of("a", "b", "c"))).credit());
      assertEquals(0.667, grader.grade(q, Answer.ofChoices(List.of("a", "b"))).credit(), 0.001);
      Grade mixed = grader.grade(q, Answer.ofChoices(List.of("a", "b", "d")));
      assertEquals(0.333, mixed.credit(), 0.001);
      assertEquals(Outcome.PARTIAL, mixed.outcome());
      assertEquals(0.0, grader.grade(q, Answer.ofChoices(List.of("a", "d"))).credit(), "never below zero");
    }
  }

  @Nested
  class Structures {
    @Test
    void givesMatchingTheShareOfRightPairs() {
      Question q = question(QuestionKind.MATCHING, options("p", "r", "s", "t"), options("w", "x", "y", "z"),
          AnswerKey.ofPairs(Map.of("p", "w", "r", "x", "s", "y", "t", "z")), List.of());
      assertEquals(0.5, grader.grade(q, Answer.ofPairs(Map.of("p", "w", "r", "x", "s", "z", "t", "y"))).credit());
      assertEquals(0.25, grader.grade(q, Answer.ofPairs(Map.of("p", "w"))).credit());
    }

    @Test
    void givesOrderingTheShareOfPairsInTheRightOrder() {
      Question q = question(QuestionKind.ORDERING, List.of(), options("1", "2", "3", "4"),
          AnswerKey.ofChoices(List.of("1", "2", "3", "4")), List.of());
      assertEquals(1.0, grader.grade(q, Answer.ofChoices(List.of("1", "2", "3", "4"))).credit());
      assertEquals(0.833, grader.grade(q, Answer.ofChoices(List.of("2", "1", "3", "4"))).credit(), 0.001);
      assertEquals(0.0, grader.grade(q, Answer.ofChoices(List.of("4", "3", "2", "1"))).credit());
      assertEquals(0.0, grader.grade(q, Answer.ofChoices(List.of("1", "2"))).credit(), "every item must be placed");
    }
  }

  @Nested
  class Typed {
    private final Question shortAnswer = question(QuestionKind.SHORT_ANSWER, List.of(), List.of(),
        AnswerKey.ofText("Mira Holt"), List.of());

    @Test
    void acceptsCaseAccentsAndPunctuation() {
      Grade g = grader.grade(shortAnswer, Answer.ofText("  mira HÓLT. "));
      assertEquals(Outcome.CORRECT, g.outcome());
      assertTrue(g.reason().contains("case"), g.reason());
    }

    @Test
    void acceptsTheArticlesOtherNamesForThePerson() {
      assertEquals(Outcome.CORRECT, grader.grade(shortAnswer, Answer.ofText("Holt")).outcome());
      assertEquals(Outcome.CORRECT, grader.grade(shortAnswer, Answer.ofText("dr holt")).outcome());
    }

    @Test
    void acceptsASmallTypoAndSaysSo() {
      Grade g = grader.grade(shortAnswer, Answer.ofText("Mira Hlot"));
      assertEquals(Outcome.CORRECT, g.outcome());
      assertTrue(g.reason().contains("typo"), g.reason());
    }

    @Test
    void rejectsAnotherNameWithAReason() {
      Grade g = grader.grade(shortAnswer, Answer.ofText("Mark Hale"));
      assertEquals(Outcome.INCORRECT, g.outcome());
      assertTrue(g.reason().contains("Mark Hale"), g.reason());
    }

    @Test
    void forgivesNoTypoInAShortWord() {
      Question q = question(QuestionKind.CLOZE, List.of(), List.of(), AnswerKey.ofText("Oslo"), List.of());
      assertEquals(Outcome.CORRECT, grader.grade(q, Answer.ofText("Olso")).outcome(), "one transposition in four letters");
      Question tiny = question(QuestionKind.CLOZE, List.of(), List.of(), AnswerKey.ofText("Ufa"), List.of());
      assertEquals(Outcome.INCORRECT, grader.grade(tiny, Answer.ofText("Ufo")).outcome());
    }

    @Test
    void gradesNumbersWithinTheTolerance() {
      Question q = question(QuestionKind.NUMERIC, List.of(), List.of(), AnswerKey.ofNumber(1999, 0), List.of());
      assertEquals(Outcome.CORRECT, grader.grade(q, Answer.ofNumber(1999)).outcome());
      assertEquals(Outcome.INCORRECT, grader.grade(q, Answer.ofNumber(2000)).outcome());
      assertEquals(Outcome.CORRECT, grader.grade(q, Answer.ofText(" 1999 ")).outcome());
      Question loose = question(QuestionKind.NUMERIC, List.of(), List.of(), AnswerKey.ofNumber(50, 5), List.of());
      assertEquals(Outcome.CORRECT, grader.grade(loose, Answer.ofNumber(54)).outcome());
    }
  }
}
