package org.factquiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.QuestionSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GiftExportTest {
  private static final QuestionSet SET = TrickySet.all();
  private static final Exporter GIFT = ExportFormats.standard().require("gift");

  @Nested
  class Escaping {
    @Test
    void escapesEveryGiftSpecialAndBackslash() {
      assertEquals("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h", GiftText.escape("a~b=c#d{e}f:g\\h"));
    }

    @Test
    void foldsLineBreaksSoABlankLineCannotEndTheQuestion() {
      assertEquals("one two", GiftText.escape("one\n\n  two"));
    }

    @Test
    void keepsQuotesApostrophesDashesAndNonAsciiNames() {
      assertEquals("Zoë said \"it's\" – done", GiftText.escape("Zoë said \"it's\" – done"));
    }
  }

  @Test
  void passesGiftPegjsAndMoodleGradeRules(@TempDir Path dir) throws Exception {
    NodeTools.require();
    Path file = Files.write(dir.resolve("set.gift"), GIFT.export(SET).bytes());
    NodeTools.Run run = NodeTools.shared("gift.cjs", file.toString());
    assertEquals(0, run.exit(), run.all());
  }

  @Test
  void roundTripKeepsTitlesStemsOptionsAndKeys(@TempDir Path dir) throws Exception {
    NodeTools.require();
    ExportResult result = GIFT.export(SET);
    assertEquals(List.of(), result.report().omitted());
    assertEquals(SET.questions().size(), readBack(SET, result, dir));
  }

  /** Validates a GIFT export with gift-pegjs and compares what it reads back with the set; returns the keys compared. */
  static int check(QuestionSet set, ExportResult result, Path dir) throws Exception {
    Path file = Files.write(dir.resolve("check.gift"), result.bytes());
    NodeTools.Run valid = NodeTools.shared("gift.cjs", file.toString());
    assertEquals(0, valid.exit(), valid.all());
    return readBack(set, result, dir);
  }

  static int readBack(QuestionSet set, ExportResult result, Path dir) throws Exception {
    Path file = Files.write(dir.resolve("readback.gift"), result.bytes());
    NodeTools.Run run = NodeTools.readBack("gift", file);
    assertEquals(0, run.exit(), run.all());
    List<JsonNode> blocks = new ArrayList<>();
    new ObjectMapper().readTree(run.stdout()).forEach(b -> {
      if (!b.path("type").asText().equals("Category")) {
        blocks.add(b);
      }
    });
    List<Question> written = TrickySet.exported(set, result.report());
    assertEquals(written.size(), blocks.size());
    for (int i = 0; i < written.size(); i++) {
      assertSame(written.get(i), blocks.get(i));
    }
    return written.size();
  }

  private static void assertSame(Question q, JsonNode b) {
    String where = q.id() + " (" + q.kind() + ")";
    assertEquals(q.id(), b.path("title").asText(), where);
    String stem = b.path("stem").path("text").asText();
    switch (q.kind()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
        assertEquals("MC", b.path("type").asText(), where);
        assertEquals(Markup.escape(q.stem()), stem, where);
        JsonNode choices = b.path("choices");
        assertEquals(q.options().size(), choices.size(), where);
        for (int i = 0; i < q.options().size(); i++) {
          Choice c = q.options().get(i);
          JsonNode parsed = choices.get(i);
          assertEquals(Markup.escape(c.text()), parsed.path("text").path("text").asText(), where);
          boolean right = parsed.path("isCorrect").asBoolean() || parsed.path("weight").asDouble(0) > 0;
          assertEquals(q.key().choices().contains(c.id()), right, where + " option " + c.id());
        }
      }
      case TRUE_FALSE -> {
        assertEquals("TF", b.path("type").asText(), where);
        assertEquals(KeyChecker.truth(q), b.path("isTrue").asBoolean(), where);
      }
      case SHORT_ANSWER, CLOZE -> {
        assertEquals("Short", b.path("type").asText(), where);
        List<String> answers = new ArrayList<>();
        b.path("choices").forEach(c -> answers.add(c.path("text").path("text").asText()));
        assertEquals(KeyChecker.answers(q), answers, where);
        if (q.kind() == QuestionKind.CLOZE) {
          ClozeStem blank = ClozeStem.of(q.stem()).orElseThrow();
          assertTrue(stem.startsWith(Markup.escape(blank.before()).strip()), where + ": " + stem);
          assertTrue(stem.endsWith(Markup.escape(blank.after()).strip()), where + ": " + stem);
        } else {
          assertEquals(Markup.escape(q.stem()), stem, where);
        }
      }
      case MATCHING -> {
        assertEquals("Matching", b.path("type").asText(), where);
        JsonNode pairs = b.path("matchPairs");
        for (int i = 0; i < q.premises().size(); i++) {
          Choice p = q.premises().get(i);
          assertEquals(Markup.escape(p.text()), pairs.get(i).path("subquestion").path("text").asText(), where);
          assertEquals(KeyChecker.option(q, q.key().pairs().get(p.id())).text(), subanswer(pairs.get(i)), where);
        }
      }
      case ORDERING -> {
        assertEquals("Matching", b.path("type").asText(), where);
        JsonNode pairs = b.path("matchPairs");
        for (int i = 0; i < q.options().size(); i++) {
          Choice item = q.options().get(i);
          assertEquals(Markup.escape(item.text()), pairs.get(i).path("subquestion").path("text").asText(), where);
          assertEquals(Integer.toString(q.key().choices().indexOf(item.id()) + 1), subanswer(pairs.get(i)), where);
        }
      }
      case NUMERIC -> {
        assertEquals("Numerical", b.path("type").asText(), where);
        JsonNode answer = b.path("choices").get(0).path("text");
        assertEquals(q.key().number(), answer.path("number").asDouble(), 1e-9, where);
        assertEquals(Numbers.tolerance(q.key().tolerance()), answer.path("range").asDouble(), 1e-9, where);
      }
    }
    String feedback = Whitespace.oneLine(b.path("globalFeedback").path("text").asText());
    assertTrue(feedback.contains(Whitespace.oneLine(Markup.escape(q.evidence().sentence()))), where + ": feedback lacks the evidence");
  }

  /**
   * gift-pegjs 1.0.2 leaves its internal escape markers (e.g. "&&123;" for "\\{") in the right-hand
   * side of a matching pair, where Moodle unescapes; this undoes them as its own decoder would.
   */
  private static String subanswer(JsonNode pair) {
    return pair.path("subanswer").asText().replace("&&092;", "\\").replace("&&058;", ":").replace("&&035;", "#")
        .replace("&&061;", "=").replace("&&123;", "{").replace("&&125;", "}").replace("&&126;", "~");
  }

  @Test
  void leavesOutWhatGiftCannotSayAndListsIt() {
    Question arrow = TrickySet.question("arrow", QuestionKind.MATCHING, "Match:",
        List.of(new Choice("p1", "Left -> right"), new Choice("p2", "Up")),
        List.of(new Choice("o1", "A"), new Choice("o2", "B")), AnswerKey.ofPairs(java.util.Map.of("p1", "o1", "p2", "o2")), List.of());
    Question percent = TrickySet.question("percent", QuestionKind.SINGLE_CHOICE, "How much?", List.of(),
        List.of(new Choice("a", "%50 share"), new Choice("b", "none")), AnswerKey.ofChoices(List.of("a")), List.of());
    ExportReport report = GIFT.export(new QuestionSet(List.of(arrow, percent, TrickySet.brokenKey()))).report();
    assertEquals(List.of("arrow", "percent", "broken"), report.omitted().stream().map(Omission::questionId).toList());
    assertEquals(0, report.exported());
  }
}
