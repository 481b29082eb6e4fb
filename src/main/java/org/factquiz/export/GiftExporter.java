package org.factquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.QuestionSet;

/**
 * GIFT, Moodle's text format: the stable id is the question title (Moodle's question name), choice kinds use = and ~ with
 * Moodle grade weights, cloze becomes GIFT's missing-word form, matching uses "->", ordering is
 * matched to positions, and the provenance is the general feedback ("####").
 */
final class GiftExporter implements Exporter {
  @Override
  public String format() {
    return "gift";
  }

  @Override
  public String extension() {
    return "gift";
  }

  @Override
  public String contentType() {
    return "text/plain; charset=utf-8";
  }

  @Override
  public ExportResult export(QuestionSet set) {
    ReportBuilder report = new ReportBuilder(format(), set.questions().size());
    StringBuilder out = new StringBuilder(set.questions().size() * 400);
    out.append("// factquiz export (GIFT)\n$CATEGORY: ").append(MoodleXmlExporter.CATEGORY).append("\n\n");
    for (Question q : set.questions()) {
      Optional<String> problem = KeyChecker.problem(q).or(() -> fit(q));
      if (problem.isPresent()) {
        report.omit(q, problem.get());
        continue;
      }
      out.append("::").append(GiftText.escape(q.id())).append("::[html]");
      out.append(body(q)).append("\n\n");
      if (q.kind() == QuestionKind.ORDERING) {
        report.adapt(q, OrderAsMatching.HOW);
      }
      report.exported();
    }
    return new ExportResult(out.toString().getBytes(StandardCharsets.UTF_8), report.build());
  }

  /** What GIFT's grammar cannot say: "->" inside a matching premise, a choice starting with '%'. */
  private static Optional<String> fit(Question q) {
    for (Choice c : q.premises()) {
      if (c.text().contains("->")) {
        return Optional.of("a matching premise contains \"->\", which GIFT cannot escape");
      }
    }
    for (Choice c : q.options()) {
      if (c.text().strip().startsWith("%")) {
        return Optional.of("an option starts with '%', which GIFT reads as a weight");
      }
      if (q.kind() == QuestionKind.ORDERING && c.text().contains("->")) {
        return Optional.of("an item contains \"->\", which GIFT cannot escape");
      }
    }
    if (q.kind() == QuestionKind.MULTIPLE_RESPONSE) {
      int right = q.key().choices().size();
      if (right > Grades.MAX_PARTS || q.options().size() - right > Grades.MAX_PARTS) {
        return Optional.of("more than " + Grades.MAX_PARTS + " right or wrong options: no Moodle grade fits");
      }
    }
    return Optional.empty();
  }

  private static String body(Question q) {
    String feedback = "####" + GiftText.escape(Provenance.of(q).html());
    String stem = GiftText.html(q.stem());
    return switch (q.kind()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> stem + "{\n" + choices(q) + "\t" + feedback + "\n}";
      case TRUE_FALSE -> stem + "{" + (KeyChecker.truth(q) ? "TRUE" : "FALSE") + feedback + "}";
      case SHORT_ANSWER -> stem + "{" + shortAnswers(q) + " " + feedback + "}";
      case CLOZE -> {
        ClozeStem blank = ClozeStem.of(q.stem()).orElseThrow();
        String after = GiftText.html(blank.after());
        yield GiftText.html(blank.before()) + "{" + shortAnswers(q) + " " + feedback + "}"
            + (after.isBlank() ? "" : after);
      }
      case MATCHING -> stem + "{\n" + matches(q) + "\t" + feedback + "\n}";
      case ORDERING -> stem + GiftText.html(" Match each item to its position (1 = first).")
          + "{\n" + positions(q) + "\t" + feedback + "\n}";
      case NUMERIC -> stem + "{#=" + Numbers.plain(q.key().number()) + ":"
          + Numbers.plain(Numbers.tolerance(q.key().tolerance())) + " " + feedback + "}";
    };
  }

  private static String choices(Question q) {
    List<String> right = q.key().choices();
    boolean single = q.kind() == QuestionKind.SINGLE_CHOICE;
    String share = "%" + Grades.share(right.size()).orElseThrow() + "%";
    String penalty = "%" + Grades.penalty(Math.max(1, q.options().size() - right.size())).orElseThrow() + "%";
    StringBuilder out = new StringBuilder();
    for (Choice c : q.options()) {
      boolean ok = right.contains(c.id());
      String mark = single ? (ok ? "=" : "~") : "~" + (ok ? share : penalty);
      out.append('\t').append(mark).append(GiftText.html(c.text())).append('\n');
    }
    return out.toString();
  }

  private static String shortAnswers(Question q) {
    StringBuilder out = new StringBuilder();
    for (String a : KeyChecker.answers(q)) {
      out.append(out.length() == 0 ? "=" : " =").append(GiftText.escape(a));
    }
    return out.toString();
  }

  private static String matches(Question q) {
    StringBuilder out = new StringBuilder();
    for (Choice premise : q.premises()) {
      String option = KeyChecker.option(q, q.key().pairs().get(premise.id())).text();
      out.append("\t=").append(GiftText.html(premise.text())).append(" -> ").append(GiftText.escape(option)).append('\n');
    }
    for (Choice option : q.options()) {
      if (!q.key().pairs().containsValue(option.id())) {
        out.append("\t= -> ").append(GiftText.escape(option.text())).append('\n');
      }
    }
    return out.toString();
  }

  private static String positions(Question q) {
    OrderAsMatching m = OrderAsMatching.of(q);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < m.items().size(); i++) {
      out.append("\t=").append(GiftText.html(m.items().get(i).text())).append(" -> ").append(m.positions().get(i)).append('\n');
    }
    return out.toString();
  }
}
