package org.factquiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class MoodleXmlExportTest {
  private static final QuestionSet SET = TrickySet.all();
  private static final Exporter MOODLE = ExportFormats.standard().require("moodlexml");

  @Test
  void passesMoodlexmlToJsonAndMoodlesImportRules(@TempDir Path dir) throws Exception {
    NodeTools.require();
    Path file = Files.write(dir.resolve("set.xml"), MOODLE.export(SET).bytes());
    NodeTools.Run run = NodeTools.shared("moodlexml.mjs", file.toString());
    assertEquals(0, run.exit(), run.all());
  }

  @Test
  void stableIdsBecomeIdnumbersAndFeedbackCarriesProvenance() {
    Element quiz = XmlRead.parse(MOODLE.export(SET).bytes());
    List<Element> questions = XmlRead.children(quiz, "question").stream()
        .filter(q -> !q.getAttribute("type").equals("category")).toList();
    assertEquals(SET.questions().size(), questions.size());
    for (int i = 0; i < questions.size(); i++) {
      Question q = SET.questions().get(i);
      assertEquals(q.id(), XmlRead.children(questions.get(i), "idnumber").get(0).getTextContent());
      String feedback = XmlRead.children(questions.get(i), "generalfeedback").get(0).getTextContent();
      for (String part : List.of(q.evidence().sentence(), q.source().title(), q.source().dateline())) {
        assertTrue(feedback.contains(Markup.escape(part)), q.id() + " feedback lacks " + part);
      }
    }
  }

  @Test
  void roundTripKeepsStemsOptionsAndKeys(@TempDir Path dir) throws Exception {
    NodeTools.require();
    ExportResult result = MOODLE.export(SET);
    assertEquals(SET.questions().size(), readBack(SET, result, dir));
  }

  /** Validates a Moodle XML export (moodlexml-to-json, Moodle's rules) and compares it read back; returns the keys compared. */
  static int check(QuestionSet set, ExportResult result, Path dir) throws Exception {
    Path file = Files.write(dir.resolve("check.xml"), result.bytes());
    NodeTools.Run valid = NodeTools.shared("moodlexml.mjs", file.toString());
    assertEquals(0, valid.exit(), valid.all());
    return readBack(set, result, dir);
  }

  static int readBack(QuestionSet set, ExportResult result, Path dir) throws Exception {
    Path file = Files.write(dir.resolve("readback.xml"), result.bytes());
    NodeTools.Run run = NodeTools.readBack("moodlexml", file);
    assertEquals(0, run.exit(), run.all());
    List<JsonNode> parsed = new ArrayList<>();
    new ObjectMapper().readTree(run.stdout()).forEach(q -> {
      if (!q.path("type").asText().equals("category")) {
        parsed.add(q);
      }
    });
    List<Question> written = TrickySet.exported(set, result.report());
    assertEquals(written.size(), parsed.size());
    for (int i = 0; i < written.size(); i++) {
      assertSame(written.get(i), parsed.get(i));
    }
    return written.size();
  }

  private static void assertSame(Question q, JsonNode m) {
    String where = q.id() + " (" + q.kind() + ")";
    String text = m.path("questiontext").asText();
    switch (q.kind()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
        assertEquals("multichoice", m.path("type").asText(), where);
        assertEquals(Markup.paragraph(XmlOut.clean(q.stem())), text, where);
        JsonNode answers = m.path("answers");
        assertEquals(q.options().size(), answers.size(), where);
        double total = 0;
        for (int i = 0; i < q.options().size(); i++) {
          Choice c = q.options().get(i);
          assertEquals(Markup.escape(c.text()), answers.get(i).path("text").asText(), where);
          double score = answers.get(i).path("score").asDouble();
          assertEquals(q.key().choices().contains(c.id()), score > 0, where + " option " + c.id());
          total += Math.max(0, score);
        }
        assertEquals(100, total, 0.001, where + ": right answers add up to 100%");
      }
      case TRUE_FALSE -> {
        assertEquals("truefalse", m.path("type").asText(), where);
        assertEquals(KeyChecker.truth(q), m.path("correctAnswer").asBoolean(), where);
      }
      case SHORT_ANSWER, CLOZE -> {
        assertEquals("shortanswer", m.path("type").asText(), where);
        List<String> answers = new ArrayList<>();
        m.path("answers").forEach(a -> {
          assertEquals(100, a.path("score").asDouble(), where);
          answers.add(a.path("text").asText());
        });
        assertEquals(KeyChecker.answers(q), answers, where);
        String stem = q.kind() == org.factquiz.generate.QuestionKind.CLOZE
            ? ClozeStem.of(q.stem()).orElseThrow().with(MoodleQuestionWriter.BLANK) : q.stem();
        assertEquals(Markup.paragraph(stem), text, where);
      }
      case MATCHING -> {
        assertEquals("matching", m.path("type").asText(), where);
        JsonNode subs = m.path("answers");
        for (int i = 0; i < q.premises().size(); i++) {
          Choice p = q.premises().get(i);
          assertEquals(Markup.paragraph(p.text()), subs.get(i).path("text").asText(), where);
          assertEquals(KeyChecker.option(q, q.key().pairs().get(p.id())).text(), subs.get(i).path("answer").asText(), where);
        }
      }
      case ORDERING -> {
        assertEquals("matching", m.path("type").asText(), where);
        JsonNode subs = m.path("answers");
        for (int i = 0; i < q.options().size(); i++) {
          Choice item = q.options().get(i);
          assertEquals(Markup.paragraph(item.text()), subs.get(i).path("text").asText(), where);
          assertEquals(q.key().choices().indexOf(item.id()) + 1, subs.get(i).path("answer").asInt(), where);
        }
      }
      case NUMERIC -> {
        assertEquals("numerical", m.path("type").asText(), where);
        assertEquals(q.key().number(), m.path("correctAnswer").get(0).asDouble(), 1e-9, where);
      }
    }
  }

  @Test
  void cdataSurvivesTextContainingItsOwnTerminator() {
    Element quiz = XmlRead.parse(MOODLE.export(SET).bytes());
    assertTrue(quiz.getTextContent().contains("and ]]&gt; end"), "the \"]]>\" stem came through intact");
  }
}
