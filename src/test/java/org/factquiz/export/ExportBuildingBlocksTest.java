package org.factquiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExportBuildingBlocksTest {
  @Nested
  class Cloze {
    @Test
    void splitsAtTheOneRunOfThreeOrMoreUnderscores() {
      assertEquals(new ClozeStem("The ", " met."), ClozeStem.of("The ______ met.").orElseThrow());
      assertEquals(new ClozeStem("The ", " met."), ClozeStem.of("The ___ met.").orElseThrow());
    }

    @Test
    void hasNoSplitWithoutABlankOrWithTwo() {
      assertEquals(Optional.empty(), ClozeStem.of("No blank_here"));
      assertEquals(Optional.empty(), ClozeStem.of("Two ____ and ____"));
    }
  }

  @Nested
  class MoodleGrades {
    @Test
    void sharesAreMoodlesExactGradeValues() {
      assertEquals("100", Grades.share(1).orElseThrow());
      assertEquals("33.33333", Grades.share(3).orElseThrow());
      assertEquals("14.28571", Grades.share(7).orElseThrow());
      assertEquals("-50", Grades.penalty(2).orElseThrow());
    }

    @Test
    void noGradeForMoreThanTenParts() {
      assertEquals(Optional.empty(), Grades.share(11));
    }
  }

  @Nested
  class Xml {
    @Test
    void splitsCdataAroundItsTerminatorAndDropsForbiddenCharacters() {
      byte[] xml = new XmlOut().root("a", null).cdata("x]]>y\u0001z").end().finish();
      assertEquals("x]]>yz", XmlRead.parse(xml).getTextContent());
    }

    @Test
    void identifiersAreNcNamesEvenWhenIdsStartWithADigit() {
      assertEquals("q0a1b", Identifiers.question("0a1b"));
      assertEquals("q12_3_4", Identifiers.question("12:3/4"));
    }
  }

  @Nested
  class Keys {
    private Question single(List<String> key) {
      return TrickySet.question("k", QuestionKind.SINGLE_CHOICE, "Which?", List.of(),
          List.of(new Choice("a", "A"), new Choice("b", "B")), AnswerKey.ofChoices(key), List.of());
    }

    @Test
    void acceptsAKeyNamingOneOption() {
      assertEquals(Optional.empty(), KeyChecker.problem(single(List.of("a"))));
    }

    @Test
    void rejectsAKeyNamingNoOptionOrTwo() {
      assertTrue(KeyChecker.problem(single(List.of("c"))).isPresent());
      assertTrue(KeyChecker.problem(single(List.of("a", "b"))).isPresent());
    }

    @Test
    void rejectsAnEmptyOptionAndSharedIds() {
      Question empty = TrickySet.question("e", QuestionKind.SINGLE_CHOICE, "Which?", List.of(),
          List.of(new Choice("a", "A"), new Choice("b", " ")), AnswerKey.ofChoices(List.of("a")), List.of());
      Question shared = TrickySet.question("s", QuestionKind.SINGLE_CHOICE, "Which?", List.of(),
          List.of(new Choice("a", "A"), new Choice("a", "B")), AnswerKey.ofChoices(List.of("a")), List.of());
      assertTrue(KeyChecker.problem(empty).isPresent());
      assertTrue(KeyChecker.problem(shared).isPresent());
    }

    @Test
    void rejectsAnOrderingKeyThatIsNotAPermutation() {
      Question q = TrickySet.question("o", QuestionKind.ORDERING, "Order", List.of(),
          List.of(new Choice("a", "A"), new Choice("b", "B")), AnswerKey.ofChoices(List.of("a", "a")), List.of());
      assertTrue(KeyChecker.problem(q).isPresent());
    }

    @Test
    void answersPutTheCanonicalTextFirstAndDropDuplicates() {
      Question q = TrickySet.question("s", QuestionKind.SHORT_ANSWER, "Who?", List.of(), List.of(),
          AnswerKey.ofText("Ann"), List.of("Ann", " ", "Anne"));
      assertEquals(List.of("Ann", "Anne"), KeyChecker.answers(q));
    }
  }

  @Nested
  class Registry {
    @Test
    void knowsEveryFormatTheIssueNames() {
      assertEquals(List.of("qti21", "qti30", "moodlexml", "gift", "aiken", "canvas", "kahoot-csv", "quizlet-csv", "h5p"),
          ExportFormats.standard().names());
    }

    @Test
    void anUnknownFormatListsTheKnownOnes() {
      UnknownFormatException e = assertThrows(UnknownFormatException.class, () -> ExportFormats.standard().require("scorm"));
      assertTrue(e.getMessage().contains("scorm") && e.getMessage().contains("moodlexml"), e.getMessage());
    }

    @Test
    void giveFileNamesAndContentTypes() {
      Exporter qti = ExportFormats.standard().require("QTI21");
      assertEquals("application/zip", qti.contentType());
      assertEquals("week-3-zoe-s-quiz-qti21.zip", qti.fileName("Week 3: Zoë's quiz"));
      assertEquals("question-set-gift.gift", ExportFormats.standard().require("gift").fileName("///"));
    }
  }

  @Test
  void reportHeaderIsOneAsciiLineCountingLeftOutKinds() {
    ExportReport report = ExportFormats.standard().require("aiken").export(TrickySet.all()).report();
    String header = report.headerValue();
    assertEquals(header, new String(header.getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII));
    assertTrue(header.startsWith("format=aiken; exported="), header);
    assertTrue(header.contains("true_false=3"), header);
    assertTrue(report.lines().get(0).startsWith("aiken: exported "), report.lines().get(0));
  }
}
