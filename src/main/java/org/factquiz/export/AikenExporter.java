package org.factquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.QuestionSet;

/**
 * Aiken, Moodle's one-line multiple-choice format: single-choice questions only, stem and options
 * folded onto one line each, options lettered A) B) C) and the key as "ANSWER: X". Aiken has no
 * id or feedback field, so ids and provenance cannot travel (the report says so).
 */
final class AikenExporter implements Exporter {
  private static final Pattern LOOKS_LIKE_OPTION = Pattern.compile("^[A-Z][).].*");
  private static final int MAX_OPTIONS = 26;

  @Override
  public String format() {
    return "aiken";
  }

  @Override
  public String extension() {
    return "txt";
  }

  @Override
  public String contentType() {
    return "text/plain; charset=utf-8";
  }

  @Override
  public ExportResult export(QuestionSet set) {
    ReportBuilder report = new ReportBuilder(format(), set.questions().size());
    report.note("Aiken has no id or feedback field: question ids, evidence and sources are not in the file");
    StringBuilder out = new StringBuilder(set.questions().size() * 200);
    for (Question q : set.questions()) {
      Optional<String> problem = q.kind() != QuestionKind.SINGLE_CHOICE
          ? Optional.of("Aiken holds single-choice questions only")
          : KeyChecker.problem(q).or(() -> fit(q));
      if (problem.isPresent()) {
        report.omit(q, problem.get());
        continue;
      }
      out.append(oneLine(q.stem())).append('\n');
      String key = q.key().choices().get(0);
      char answer = '?';
      for (int i = 0; i < q.options().size(); i++) {
        Choice c = q.options().get(i);
        char letter = (char) ('A' + i);
        out.append(letter).append(") ").append(oneLine(c.text())).append('\n');
        if (c.id().equals(key)) {
          answer = letter;
        }
      }
      out.append("ANSWER: ").append(answer).append("\n\n");
      report.exported();
    }
    return new ExportResult(out.toString().getBytes(StandardCharsets.UTF_8), report.build());
  }

  /** Lines Moodle's Aiken reader would take for something else. */
  private static Optional<String> fit(Question q) {
    if (q.options().size() > MAX_OPTIONS) {
      return Optional.of("more than 26 options");
    }
    String stem = oneLine(q.stem());
    if (stem.length() < 2 || LOOKS_LIKE_OPTION.matcher(stem).matches() || stem.toUpperCase(java.util.Locale.ROOT).startsWith("ANSWER:")) {
      return Optional.of("the stem would read as an option or answer line in Aiken");
    }
    for (Choice c : q.options()) {
      if (oneLine(c.text()).isEmpty()) {
        return Optional.of("an option is empty");
      }
    }
    return Optional.empty();
  }

  /** Every run of whitespace (line breaks included) folded to one space: Aiken is line based. */
  static String oneLine(String text) {
    return Whitespace.oneLine(text);
  }
}
