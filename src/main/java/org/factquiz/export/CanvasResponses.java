package org.factquiz.export;

import java.util.List;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;

/** The presentation (response_lid / response_str) and scoring respconditions of one Canvas item. */
final class CanvasResponses {
  private static final String BLANK = "blank1";
  private final XmlOut x;
  private final Question q;

  CanvasResponses(XmlOut x, Question q) {
    this.x = x;
    this.q = q;
  }

  void present() {
    switch (q.kind()) {
      case CLOZE -> stem(ClozeStem.of(q.stem()).orElseThrow().with("[" + BLANK + "]"));
      case ORDERING -> stem(q.stem() + " Match each item to its position (1 = first).");
      default -> stem(q.stem());
    }
    switch (q.kind()) {
      case SINGLE_CHOICE -> lid("response1", "Single", null, q.options());
      case TRUE_FALSE -> lid("response1", "Single", null, CanvasItemWriter.trueFalse());
      case MULTIPLE_RESPONSE -> lid("response1", "Multiple", null, q.options());
      case SHORT_ANSWER -> str("response1", null);
      case NUMERIC -> str("response1", "Decimal");
      case CLOZE -> lid("response_" + BLANK, "Single", BLANK, blankAnswers());
      case MATCHING -> q.premises().forEach(p -> lid(Identifiers.choice("response_", p.id()), "Single", p.text(), q.options()));
      case ORDERING -> {
        OrderAsMatching m = OrderAsMatching.of(q);
        List<Choice> positions = m.labels().stream().map(l -> new Choice("pos" + l, l)).toList();
        m.items().forEach(item -> lid(Identifiers.choice("response_", item.id()), "Single", item.text(), positions));
      }
    }
  }

  void score() {
    switch (q.kind()) {
      case SINGLE_CHOICE, TRUE_FALSE -> condition("100", "Set", () -> equal("response1", label(q.key().choices().get(0))));
      case MULTIPLE_RESPONSE -> condition("100", "Set", () -> {
        x.start("and");
        for (Choice c : q.options()) {
          if (q.key().choices().contains(c.id())) {
            equal("response1", label(c.id()));
          } else {
            x.start("not");
            equal("response1", label(c.id()));
            x.end();
          }
        }
        x.end();
      });
      case SHORT_ANSWER -> condition("100", "Set", () -> KeyChecker.answers(q).forEach(a -> equal("response1", a)));
      case NUMERIC -> numeric();
      case CLOZE -> {
        List<String> answers = KeyChecker.answers(q);
        for (int i = 0; i < answers.size(); i++) {
          String id = label(Integer.toString(i));
          condition("100", "Set", () -> equal("response_" + BLANK, id));
        }
      }
      case MATCHING -> {
        String share = Grades.share(q.premises().size()).orElse("0");
        for (Choice p : q.premises()) {
          condition(share, "Add", () -> equal(Identifiers.choice("response_", p.id()), label(q.key().pairs().get(p.id()))));
        }
      }
      case ORDERING -> {
        OrderAsMatching m = OrderAsMatching.of(q);
        String share = Grades.share(m.items().size()).orElse("0");
        for (int i = 0; i < m.items().size(); i++) {
          String pos = label("pos" + m.positions().get(i));
          String rid = Identifiers.choice("response_", m.items().get(i).id());
          condition(share, "Add", () -> equal(rid, pos));
        }
      }
    }
  }

  private List<Choice> blankAnswers() {
    List<String> answers = KeyChecker.answers(q);
    return java.util.stream.IntStream.range(0, answers.size())
        .mapToObj(i -> new Choice(Integer.toString(i), answers.get(i))).toList();
  }

  private void stem(String text) {
    x.start("material").start("mattext").attr("texttype", "text/html").text(Markup.paragraph(text)).end().end();
  }

  private void lid(String ident, String cardinality, String prompt, List<Choice> labels) {
    x.start("response_lid").attr("ident", ident).attr("rcardinality", cardinality);
    if (prompt != null) {
      x.start("material").start("mattext").attr("texttype", "text/plain").text(prompt).end().end();
    }
    x.start("render_choice");
    for (Choice c : labels) {
      x.start("response_label").attr("ident", label(c.id()));
      x.start("material").start("mattext").attr("texttype", "text/plain").text(c.text()).end().end();
      x.end();
    }
    x.end().end();
  }

  private void str(String ident, String fibType) {
    x.start("response_str").attr("ident", ident).attr("rcardinality", "Single").start("render_fib");
    if (fibType != null) {
      x.attr("fibtype", fibType);
    }
    x.empty("response_label").attr("ident", "answer1").attr("rshuffle", "No");
    x.end().end();
  }

  private void numeric() {
    double value = q.key().number();
    double tolerance = Numbers.tolerance(q.key().tolerance());
    condition("100", "Set", () -> {
      x.start("or");
      equal("response1", Numbers.plain(value));
      x.start("and");
      x.start("vargte").attr("respident", "response1").text(Numbers.plain(value - tolerance)).end();
      x.start("varlte").attr("respident", "response1").text(Numbers.plain(value + tolerance)).end();
      x.end().end();
    });
  }

  private void condition(String score, String action, Runnable test) {
    x.start("respcondition").attr("continue", q.kind() == QuestionKind.MATCHING || q.kind() == QuestionKind.ORDERING ? "Yes" : "No");
    x.start("conditionvar");
    test.run();
    x.end();
    x.start("setvar").attr("action", action).attr("varname", "SCORE").text(score).end();
    x.end();
  }

  private void equal(String respident, String value) {
    x.start("varequal").attr("respident", respident).text(value).end();
  }

  private static String label(String id) {
    return CanvasItemWriter.labelId(id);
  }
}
