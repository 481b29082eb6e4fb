package org.factquiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.charset.StandardCharsets;
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

class CsvExportTest {
  private static final QuestionSet SET = TrickySet.all();

  @Nested
  class Kahoot {
    private final Exporter kahoot = ExportFormats.standard().require("kahoot-csv");

    @Test
    void passesCsvParseStrict(@TempDir Path dir) throws Exception {
      NodeTools.require();
      Path file = Files.write(dir.resolve("kahoot.csv"), kahoot.export(SET).bytes());
      NodeTools.Run run = NodeTools.shared("csv.mjs", file.toString(), ",", "7");
      assertEquals(0, run.exit(), run.all());
    }

    @Test
    void rowsCarryTheTemplateColumnsAndTheRightAnswerNumbers() throws Exception {
      ExportResult result = kahoot.export(SET);
      assertEquals(TrickySet.exported(SET, result.report()).size(), kahootKeys(SET, result));
      assertTrue(result.report().omitted().stream().allMatch(o -> o.reason().contains("Kahoot")));
    }
    @Test
    void leavesOutQuestionsOverKahootsLimitsRatherThanCuttingThem() {
      Question longStem = TrickySet.question("long", QuestionKind.SINGLE_CHOICE, "x".repeat(121), List.of(),
          List.of(new Choice("a", "A"), new Choice("b", "B")), AnswerKey.ofChoices(List.of("a")), List.of());
      Question five = TrickySet.question("five", QuestionKind.SINGLE_CHOICE, "Which?", List.of(),
          List.of(new Choice("a", "A"), new Choice("b", "B"), new Choice("c", "C"), new Choice("d", "D"), new Choice("e", "E")),
          AnswerKey.ofChoices(List.of("a")), List.of());
      ExportReport report = kahoot.export(new QuestionSet(List.of(longStem, five))).report();
      assertEquals(List.of("long", "five"), report.omitted().stream().map(Omission::questionId).toList());
    }
  }

  @Nested
  class Quizlet {
    private final Exporter quizlet = ExportFormats.standard().require("quizlet-csv");

    @Test
    void passesCsvParseAsUnquotedTabSeparated(@TempDir Path dir) throws Exception {
      NodeTools.require();
      Path file = Files.write(dir.resolve("quizlet.tsv"), quizlet.export(SET).bytes());
      NodeTools.Run run = NodeTools.shared("csv.mjs", file.toString(), "\t", "2");
      assertEquals(0, run.exit(), run.all());
    }

    @Test
    void everyQuestionBecomesTermAndDefinitionWithItsAnswer() {
      ExportResult result = quizlet.export(SET);
      assertEquals(List.of(), result.report().omitted());
      assertEquals(SET.questions().size(), quizletKeys(SET, result));
    }
  }

  /** Validates a Kahoot CSV with csv-parse (strict) and compares its keys; returns the keys compared. */
  static int checkKahoot(QuestionSet set, ExportResult result, Path dir) throws Exception {
    Path file = Files.write(dir.resolve("check.csv"), result.bytes());
    NodeTools.Run run = NodeTools.shared("csv.mjs", file.toString(), ",", "7");
    assertEquals(0, run.exit(), run.all());
    return kahootKeys(set, result);
  }

  /** Validates Quizlet lines with csv-parse (tab, unquoted) and compares its answers; returns the keys compared. */
  static int checkQuizlet(QuestionSet set, ExportResult result, Path dir) throws Exception {
    Path file = Files.write(dir.resolve("check.tsv"), result.bytes());
    NodeTools.Run run = NodeTools.shared("csv.mjs", file.toString(), "\t", "2");
    assertEquals(0, run.exit(), run.all());
    return quizletKeys(set, result);
  }

  static int kahootKeys(QuestionSet set, ExportResult result) throws Exception {
    List<List<String>> rows = read(result.bytes());
    assertEquals(KahootCsvExporter.HEADER, rows.get(0));
    List<Question> written = TrickySet.exported(set, result.report());
    assertEquals(written.size(), rows.size() - 1);
    for (int i = 0; i < written.size(); i++) {
      Question q = written.get(i);
      List<String> row = rows.get(i + 1);
      assertEquals(AikenExporter.oneLine(q.stem()), row.get(0), q.id());
      List<Choice> answers = q.kind() == QuestionKind.TRUE_FALSE ? CanvasItemWriter.trueFalse() : q.options();
      List<String> right = new ArrayList<>();
      for (int j = 0; j < answers.size(); j++) {
        assertEquals(AikenExporter.oneLine(answers.get(j).text()), row.get(j + 1), q.id());
        if (q.key().choices().contains(answers.get(j).id())) {
          right.add(Integer.toString(j + 1));
        }
      }
      assertEquals(String.join(",", right), row.get(6), q.id());
    }
    return written.size();
  }

  static int quizletKeys(QuestionSet set, ExportResult result) {
    List<String> lines = new String(result.bytes(), StandardCharsets.UTF_8).lines().toList();
    int line = 0;
    for (Question q : TrickySet.exported(set, result.report())) {
      int cards = q.kind() == QuestionKind.MATCHING ? q.premises().size() : 1;
      for (int c = 0; c < cards; c++) {
        String[] card = lines.get(line++).split("\t", -1);
        assertEquals(2, card.length, q.id());
        int pair = c;
        List<String> answers = switch (q.kind()) {
          case SINGLE_CHOICE, MULTIPLE_RESPONSE, ORDERING -> q.key().choices().stream().map(id -> KeyChecker.option(q, id).text()).toList();
          case TRUE_FALSE -> List.of(KeyChecker.truth(q) ? "True" : "False");
          case SHORT_ANSWER, CLOZE -> KeyChecker.answers(q);
          case NUMERIC -> List.of(Numbers.plain(q.key().number()));
          case MATCHING -> List.of(KeyChecker.option(q, q.key().pairs().get(q.premises().get(pair).id())).text());
        };
        for (String answer : answers) {
          assertTrue(card[1].contains(QuizletCsvExporter.field(answer)), q.id() + ": " + card[1] + " lacks " + answer);
        }
      }
    }
    assertEquals(lines.size(), line);
    return TrickySet.exported(set, result.report()).size();
  }

  static List<List<String>> read(byte[] csv) throws Exception {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    String text = new String(csv, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "UTF-8 byte-order mark for spreadsheet programs");
    List<List<String>> rows = new ArrayList<>();
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text.substring(1))) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }
}
