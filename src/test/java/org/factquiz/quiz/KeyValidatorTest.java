package org.factquiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.factquiz.InvalidInputException;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.QuestionKind;
import org.junit.jupiter.api.Test;

class KeyValidatorTest {
  private final KeyValidator validator = new KeyValidator((article, name) -> name.equals("Professor Holt")
      ? List.of("Professor Holt", "Mira Holt") : List.of(name));

  @Test
  void acceptsAKeyThatNamesAnOption() {
    validator.check(GraderTest.question(QuestionKind.SINGLE_CHOICE, List.of(), GraderTest.options("a", "b"),
        AnswerKey.ofChoices(List.of("a")), List.of()));
  }

  @Test
  void rejectsAKeyNamingNoOption() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.check(GraderTest.question(
        QuestionKind.SINGLE_CHOICE, List.of(), GraderTest.options("a", "b"), AnswerKey.ofChoices(List.of("z")), List.of())));
    assertEquals("/key/choices/0", e.pointer());
  }

  @Test
  void rejectsAnOrderingThatLeavesAnItemOut() {
    assertThrows(InvalidInputException.class, () -> validator.check(GraderTest.question(QuestionKind.ORDERING, List.of(),
        GraderTest.options("a", "b", "c"), AnswerKey.ofChoices(List.of("a", "b")), List.of())));
  }

  @Test
  void rejectsAMatchingThatPairsAPremiseWithNoOption() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.check(GraderTest.question(
        QuestionKind.MATCHING, GraderTest.options("p", "r"), GraderTest.options("x", "y"),
        AnswerKey.ofPairs(Map.of("p", "x", "r", "q")), List.of())));
    assertEquals("/key/pairs/r", e.pointer());
  }

  @Test
  void rejectsATypedKeyTheEvidenceDoesNotSupport() {
    validator.check(GraderTest.question(QuestionKind.CLOZE, List.of(), List.of(), AnswerKey.ofText("the museum"), List.of()));
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.check(GraderTest.question(
        QuestionKind.CLOZE, List.of(), List.of(), AnswerKey.ofText("library"), List.of())));
    assertEquals("/key/text", e.pointer());
  }

  @Test
  void acceptsATypedKeyWhoseOtherNameIsInTheEvidence() {
    validator.check(GraderTest.question(QuestionKind.SHORT_ANSWER, List.of(), List.of(), AnswerKey.ofText("Professor Holt"),
        List.of()));
  }

  @Test
  void doesNotRecheckATypedKeyTheEditLeftAlone() {
    var original = GraderTest.question(QuestionKind.SHORT_ANSWER, List.of(), List.of(), AnswerKey.ofText("Ada Brook"), List.of());
    validator.check(original, original);
    var changed = GraderTest.question(QuestionKind.SHORT_ANSWER, List.of(), List.of(), AnswerKey.ofText("Ada Brooke"), List.of());
    assertThrows(InvalidInputException.class, () -> validator.check(changed, original));
  }
}
