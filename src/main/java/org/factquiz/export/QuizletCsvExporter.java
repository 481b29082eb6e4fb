package org.factquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.QuestionSet;

/**
 * Quizlet flashcards as term/definition lines, tab-separated and unquoted as Quizlet's import
 * reads them (tabs and line breaks in text become spaces): the term is the question, the
 * definition its answer; a matching question gives one card per pair.
 */
final class QuizletCsvExporter implements Exporter {
  @Override
  public String format() {
    return "quizlet-csv";
  }

  @Override
  public String extension() {
    return "tsv";
  }

  @Override
  public String contentType() {
    return "text/tab-separated-values; charset=utf-8";
  }

  @Override
  public ExportResult export(QuestionSet set) {
    ReportBuilder report = new ReportBuilder(format(), set.questions().size());
    report.note("Quizlet cards have no id or feedback field: ids, evidence and sources are not in the file");
    StringBuilder out = new StringBuilder(set.questions().size() * 150);
    for (Question q : set.questions()) {
      Optional<String> problem = KeyChecker.problem(q);
      List<String[]> cards = problem.isPresent() ? List.of() : cards(q);
      if (problem.isEmpty() && cards.stream().anyMatch(c -> c[0].isEmpty() || c[1].isEmpty())) {
        problem = Optional.of("empty term or definition");
      }
      if (problem.isPresent()) {
        report.omit(q, problem.get());
        continue;
      }
      for (String[] card : cards) {
        out.append(card[0]).append('\t').append(card[1]).append('\n');
      }
      if (q.kind() == QuestionKind.MATCHING) {
        report.adapt(q, "one card per matching pair");
      }
      report.exported();
    }
    return new ExportResult(out.toString().getBytes(StandardCharsets.UTF_8), report.build());
  }

  private static List<String[]> cards(Question q) {
    List<String[]> cards = new ArrayList<>();
    switch (q.kind()) {
      case MATCHING -> q.premises().forEach(p -> cards.add(card(
          q.stem() + " " + p.text(), KeyChecker.option(q, q.key().pairs().get(p.id())).text())));
      default -> cards.add(card(q.stem(), definition(q)));
    }
    return cards;
  }

  private static String definition(Question q) {
    return switch (q.kind()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> String.join("; ",
          q.key().choices().stream().map(id -> KeyChecker.option(q, id).text()).toList());
      case TRUE_FALSE -> KeyChecker.truth(q) ? "True" : "False";
      case SHORT_ANSWER, CLOZE -> {
        List<String> answers = KeyChecker.answers(q);
        yield answers.size() == 1 ? answers.get(0)
            : answers.get(0) + " (also: " + String.join(", ", answers.subList(1, answers.size())) + ")";
      }
      case ORDERING -> String.join(" \u2192 ", q.key().choices().stream().map(id -> KeyChecker.option(q, id).text()).toList());
      case NUMERIC -> {
        double t = Numbers.tolerance(q.key().tolerance());
        yield Numbers.plain(q.key().number()) + (t > 0 ? " (\u00b1 " + Numbers.plain(t) + ")" : "");
      }
      case MATCHING -> "";
    };
  }

  private static String[] card(String term, String definition) {
    return new String[] {field(term), field(definition)};
  }

  /** Tabs and line breaks would split the card, so they become single spaces. */
  static String field(String text) {
    return Whitespace.withoutTabs(text);
  }
}
