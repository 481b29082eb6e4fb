package org.factquiz.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;

/**
 * The response declaration (correct response and, for partial credit, a mapping) and the
 * response processing of a QTI item. Processing is written out rather than by template so it can
 * also set FEEDBACK, which shows the provenance after every response.
 */
final class QtiScoring {
  private static final String R = QtiItemWriter.RESPONSE;
  private final QtiXml x;
  private final Question q;

  QtiScoring(QtiXml x, Question q) {
    this.x = x;
    this.q = q;
  }

  void declarations() {
    switch (q.kind()) {
      case SINGLE_CHOICE, TRUE_FALSE -> {
        response("single", "identifier");
        correct(List.of(QtiItemWriter.choiceId(q.key().choices().get(0))));
        x.end();
      }
      case MULTIPLE_RESPONSE -> {
        response("multiple", "identifier");
        List<String> right = q.key().choices();
        correct(right.stream().map(QtiItemWriter::choiceId).toList());
        int wrong = q.options().size() - right.size();
        x.start("mapping").attr("lowerBound", "0").attr("upperBound", "1").attr("defaultValue", "0");
        for (Choice c : q.options()) {
          boolean ok = right.contains(c.id());
          mapEntry(QtiItemWriter.choiceId(c.id()), ok ? share(right.size()) : "-" + share(Math.max(1, wrong)));
        }
        x.end().end();
      }
      case SHORT_ANSWER, CLOZE -> {
        response("single", "string");
        List<String> answers = KeyChecker.answers(q);
        correct(List.of(answers.get(0)));
        x.start("mapping").attr("defaultValue", "0");
        for (String a : answers) {
          x.start("mapEntry").attr("mapKey", a).attr("mappedValue", "1").attr("caseSensitive", "false").end();
        }
        x.end().end();
      }
      case NUMERIC -> {
        response("single", "float");
        correct(List.of(Numbers.plain(q.key().number())));
        x.end();
      }
      case MATCHING -> {
        response("multiple", "directedPair");
        List<String> pairs = q.premises().stream()
            .map(p -> QtiItemWriter.premiseId(p.id()) + " " + QtiItemWriter.optionId(q.key().pairs().get(p.id())))
            .toList();
        correct(pairs);
        x.start("mapping").attr("lowerBound", "0").attr("upperBound", "1").attr("defaultValue", "0");
        for (String pair : pairs) {
          mapEntry(pair, share(pairs.size()));
        }
        x.end().end();
      }
      case ORDERING -> {
        response("ordered", "identifier");
        correct(q.key().choices().stream().map(QtiItemWriter::choiceId).toList());
        x.end();
      }
    }
    x.newline();
    x.start("outcomeDeclaration").attr("identifier", "SCORE").attr("cardinality", "single").attr("baseType", "float")
        .start("defaultValue").element("value", "0").end().end();
    x.start("outcomeDeclaration").attr("identifier", "MAXSCORE").attr("cardinality", "single").attr("baseType", "float")
        .start("defaultValue").element("value", "1").end().end();
    x.start("outcomeDeclaration").attr("identifier", "FEEDBACK").attr("cardinality", "single")
        .attr("baseType", "identifier").end().newline();
  }

  void processing() {
    x.start("responseProcessing").start("responseCondition");
    x.start("responseIf").start("isNull").start("variable").attr("identifier", R).end().end().setScore("0").end();
    switch (q.kind()) {
      case MULTIPLE_RESPONSE, SHORT_ANSWER, CLOZE, MATCHING -> x.start("responseElse")
          .start("setOutcomeValue").attr("identifier", "SCORE").start("mapResponse").attr("identifier", R).end().end()
          .end();
      case NUMERIC -> {
        double tolerance = Numbers.tolerance(q.key().tolerance());
        x.start("responseElseIf").start("equal");
        if (tolerance > 0) {
          String t = Numbers.plain(tolerance);
          x.attr("toleranceMode", "absolute").attr("tolerance", t + " " + t);
        } else {
          x.attr("toleranceMode", "exact");
        }
        x.start("variable").attr("identifier", R).end().start("correct").attr("identifier", R).end().end();
        x.setScore("1").end().start("responseElse").setScore("0").end();
      }
      default -> x.start("responseElseIf").start("match").start("variable").attr("identifier", R).end()
          .start("correct").attr("identifier", R).end().end().setScore("1").end()
          .start("responseElse").setScore("0").end();
    }
    x.end();
    x.start("setOutcomeValue").attr("identifier", "FEEDBACK").baseValue("identifier", "SOURCE").end();
    x.end().newline();
  }

  private void response(String cardinality, String baseType) {
    x.start("responseDeclaration").attr("identifier", R).attr("cardinality", cardinality).attr("baseType", baseType);
  }

  private void correct(List<String> values) {
    x.start("correctResponse");
    values.forEach(v -> x.element("value", v));
    x.end();
  }

  private void mapEntry(String key, String value) {
    x.start("mapEntry").attr("mapKey", key).attr("mappedValue", value).end();
  }

  /** One of {@code parts} equal shares of a score of 1, rounded up to seven decimals so all shares reach 1. */
  static String share(int parts) {
    return BigDecimal.ONE.divide(BigDecimal.valueOf(parts), 7, RoundingMode.CEILING).stripTrailingZeros().toPlainString();
  }
}
