package org.factquiz.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.QuestionSet;

/**
 * Kahoot's spreadsheet template as CSV: question (at most 120 characters), up to four answers (at
 * most 75 each), a time limit and the right answer numbers. Kahoot quizzes hold choice and
 * true/false questions; anything longer than the limits is left out rather than cut.
 */
final class KahootCsvExporter implements Exporter {
  static final List<String> HEADER = List.of(
      "Question", "Answer 1", "Answer 2", "Answer 3", "Answer 4", "Time limit (sec)", "Correct answer(s)");
  static final int MAX_QUESTION = 120;
  static final int MAX_ANSWER = 75;
  static final int MAX_ANSWERS = 4;

  @Override
  public String format() {
    return "kahoot-csv";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public String contentType() {
    return "text/csv; charset=utf-8";
  }

  @Override
  public ExportResult export(QuestionSet set) {
    ReportBuilder report = new ReportBuilder(format(), set.questions().size());
    report.note("Kahoot's template has no id or feedback column: ids, evidence and sources are not in the file");
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (Question q : set.questions()) {
      Optional<String> problem = KeyChecker.problem(q).or(() -> fit(q));
      if (problem.isPresent()) {
        report.omit(q, problem.get());
        continue;
      }
      rows.add(row(q));
      report.exported();
    }
    return new ExportResult(CsvRows.write(rows), report.build());
  }

  private static List<Choice> answers(Question q) {
    return q.kind() == QuestionKind.TRUE_FALSE ? CanvasItemWriter.trueFalse() : q.options();
  }

  private static Optional<String> fit(Question q) {
    if (q.kind() != QuestionKind.SINGLE_CHOICE && q.kind() != QuestionKind.MULTIPLE_RESPONSE
        && q.kind() != QuestionKind.TRUE_FALSE) {
      return Optional.of("Kahoot's spreadsheet holds choice and true/false questions only");
    }
    if (AikenExporter.oneLine(q.stem()).length() > MAX_QUESTION) {
      return Optional.of("stem longer than Kahoot's " + MAX_QUESTION + " characters");
    }
    if (answers(q).size() > MAX_ANSWERS) {
      return Optional.of("more than Kahoot's " + MAX_ANSWERS + " answers");
    }
    for (Choice c : answers(q)) {
      if (AikenExporter.oneLine(c.text()).length() > MAX_ANSWER) {
        return Optional.of("an answer longer than Kahoot's " + MAX_ANSWER + " characters");
      }
    }
    return Optional.empty();
  }

  private static List<String> row(Question q) {
    List<String> row = new ArrayList<>();
    row.add(AikenExporter.oneLine(q.stem()));
    List<Choice> answers = answers(q);
    List<String> right = new ArrayList<>();
    for (int i = 0; i < MAX_ANSWERS; i++) {
      if (i < answers.size()) {
        row.add(AikenExporter.oneLine(answers.get(i).text()));
        if (q.key().choices().contains(answers.get(i).id())) {
          right.add(Integer.toString(i + 1));
        }
      } else {
        row.add("");
      }
    }
    row.add(q.kind() == QuestionKind.MULTIPLE_RESPONSE ? "30" : "20");
    row.add(String.join(",", right));
    return row;
  }
}
