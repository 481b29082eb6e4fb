package org.factquiz.export;

import java.util.List;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;

/** Writes one question as a Moodle XML {@code <question>} element. */
final class MoodleQuestionWriter {
  /** How the blank of a cloze stem is shown in Moodle. */
  static final String BLANK = "_____";
  private final XmlOut x;
  private final Question q;

  MoodleQuestionWriter(XmlOut x, Question q) {
    this.x = x;
    this.q = q;
  }

  void write() {
    switch (q.kind()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> multichoice();
      case TRUE_FALSE -> trueFalse();
      case SHORT_ANSWER -> shortAnswer();
      case CLOZE -> cloze();
      case MATCHING -> matching();
      case ORDERING -> ordering();
      case NUMERIC -> numerical();
    }
  }

  private void head(String type, String questionHtml) {
    x.start("question").attr("type", type);
    x.start("name").element("text", QuestionTitle.of(q)).end();
    x.start("questiontext").attr("format", "html").start("text").cdata(questionHtml).end().end();
    x.start("generalfeedback").attr("format", "html").start("text").cdata(Provenance.of(q).html()).end().end();
    x.element("defaultgrade", "1");
    x.element("penalty", "0.3333333");
    x.element("hidden", "0");
    x.element("idnumber", q.id());
  }

  private void answer(String fraction, String text, String format) {
    x.start("answer").attr("fraction", fraction).attr("format", format);
    x.element("text", text);
    x.start("feedback").attr("format", "html").element("text", "").end();
    x.end();
  }

  private void multichoice() {
    boolean single = q.kind() == org.factquiz.generate.QuestionKind.SINGLE_CHOICE;
    head("multichoice", Markup.paragraph(q.stem()));
    x.element("single", Boolean.toString(single));
    x.element("shuffleanswers", "true");
    x.element("answernumbering", "abc");
    List<String> right = q.key().choices();
    String share = Grades.share(right.size()).orElseThrow();
    String penalty = Grades.penalty(Math.max(1, q.options().size() - right.size())).orElseThrow();
    for (Choice c : q.options()) {
      boolean ok = right.contains(c.id());
      String fraction = single ? (ok ? "100" : "0") : (ok ? share : penalty);
      answer(fraction, Markup.escape(c.text()), "html");
    }
    x.end();
  }

  private void trueFalse() {
    head("truefalse", Markup.paragraph(q.stem()));
    boolean truth = KeyChecker.truth(q);
    answer(truth ? "100" : "0", "true", "moodle_auto_format");
    answer(truth ? "0" : "100", "false", "moodle_auto_format");
    x.end();
  }

  private void shortAnswer() {
    head("shortanswer", Markup.paragraph(q.stem()));
    x.element("usecase", "0");
    for (String a : KeyChecker.answers(q)) {
      answer("100", a, "moodle_auto_format");
    }
    x.end();
  }

  /**
   * A single-blank cloze as Moodle's short-answer type with the blank in the text: the question
   * Moodle itself makes of GIFT's missing-word form. (Moodle's multi-answer "cloze" type is meant
   * for several blanks, and the third-party Moodle XML reader refuses it.)
   */
  private void cloze() {
    ClozeStem blank = ClozeStem.of(q.stem()).orElseThrow();
    head("shortanswer", Markup.paragraph(blank.with(BLANK)));
    x.element("usecase", "0");
    for (String a : KeyChecker.answers(q)) {
      answer("100", a, "moodle_auto_format");
    }
    x.end();
  }

  private void matching() {
    head("matching", Markup.paragraph(q.stem()));
    x.element("shuffleanswers", "true");
    for (Choice premise : q.premises()) {
      subquestion(premise.text(), KeyChecker.option(q, q.key().pairs().get(premise.id())).text());
    }
    for (Choice option : q.options()) {
      if (!q.key().pairs().containsValue(option.id())) {
        subquestion("", option.text()); // a distractor: an answer no premise takes
      }
    }
    x.end();
  }

  private void ordering() {
    OrderAsMatching m = OrderAsMatching.of(q);
    head("matching", Markup.paragraph(q.stem()) + Markup.paragraph("Match each item to its position (1 = first)."));
    x.element("shuffleanswers", "true");
    for (int i = 0; i < m.items().size(); i++) {
      subquestion(m.items().get(i).text(), m.positions().get(i));
    }
    x.end();
  }

  private void subquestion(String premise, String answer) {
    x.start("subquestion").attr("format", "html");
    x.start("text").cdata(premise.isEmpty() ? "" : Markup.paragraph(premise)).end();
    x.start("answer").element("text", answer).end();
    x.end();
  }

  private void numerical() {
    head("numerical", Markup.paragraph(q.stem()));
    x.start("answer").attr("fraction", "100").attr("format", "moodle_auto_format");
    x.element("text", Numbers.plain(q.key().number()));
    x.element("tolerance", Numbers.plain(Numbers.tolerance(q.key().tolerance())));
    x.start("feedback").attr("format", "html").element("text", "").end();
    x.end();
    x.end();
  }
}
