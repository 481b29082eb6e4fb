package org.factquiz.export;

import java.util.List;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;

/**
 * Writes one question as a QTI assessmentItem: choice kinds as choiceInteraction, short answer
 * and cloze as textEntryInteraction with every accepted answer mapped, matching as
 * matchInteraction with directed pairs, ordering as orderInteraction, numeric as a float entry
 * compared with its tolerance; the provenance is modal feedback shown after responding.
 */
final class QtiItemWriter {
  static final String RESPONSE = "RESPONSE";
  private final QtiXml x;
  private final Question q;
  private final QtiScoring scoring;

  QtiItemWriter(QtiDialect d, Question q) {
    this.x = new QtiXml(d);
    this.q = q;
    this.scoring = new QtiScoring(x, q);
  }

  static String choiceId(String id) {
    return Identifiers.choice("c", id);
  }

  static String premiseId(String id) {
    return Identifiers.choice("p", id);
  }

  static String optionId(String id) {
    return Identifiers.choice("o", id);
  }

  byte[] write() {
    x.root("assessmentItem").attr("identifier", Identifiers.question(q.id()))
        .attr("title", QuestionTitle.of(q)).attr("adaptive", "false").attr("timeDependent", "false").lang("en");
    x.newline();
    scoring.declarations();
    x.start("itemBody");
    body();
    x.end().newline();
    scoring.processing();
    feedback();
    x.end();
    return x.finish();
  }

  private void body() {
    switch (q.kind()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> choices(q.options(), q.kind() == QuestionKind.SINGLE_CHOICE ? 1 : 0);
      case TRUE_FALSE -> choices(List.of(new Choice("true", "True"), new Choice("false", "False")), 1);
      case SHORT_ANSWER, NUMERIC -> x.start("p").text(q.stem() + " ").start("textEntryInteraction")
          .attr("responseIdentifier", RESPONSE).attr("expectedLength", "20").end().end();
      case CLOZE -> {
        ClozeStem blank = ClozeStem.of(q.stem()).orElseThrow();
        x.start("p").text(blank.before()).start("textEntryInteraction")
            .attr("responseIdentifier", RESPONSE).attr("expectedLength", "20").end().text(blank.after()).end();
      }
      case MATCHING -> matching();
      case ORDERING -> {
        x.start("orderInteraction").attr("responseIdentifier", RESPONSE).attr("shuffle", "true");
        x.element("prompt", q.stem());
        for (Choice c : q.options()) {
          x.start("simpleChoice").attr("identifier", choiceId(c.id())).text(c.text()).end();
        }
        x.end();
      }
    }
  }

  private void choices(List<Choice> options, int maxChoices) {
    x.start("choiceInteraction").attr("responseIdentifier", RESPONSE)
        .attr("shuffle", q.kind() == QuestionKind.TRUE_FALSE ? "false" : "true")
        .attr("maxChoices", Integer.toString(maxChoices));
    x.element("prompt", q.stem());
    for (Choice c : options) {
      x.start("simpleChoice").attr("identifier", choiceId(c.id())).text(c.text()).end();
    }
    x.end();
  }

  private void matching() {
    int n = q.premises().size();
    x.start("matchInteraction").attr("responseIdentifier", RESPONSE).attr("shuffle", "true")
        .attr("maxAssociations", Integer.toString(n));
    x.element("prompt", q.stem());
    x.start("simpleMatchSet");
    for (Choice p : q.premises()) {
      x.start("simpleAssociableChoice").attr("identifier", premiseId(p.id())).attr("matchMax", "1").text(p.text()).end();
    }
    x.end().start("simpleMatchSet");
    for (Choice o : q.options()) {
      x.start("simpleAssociableChoice").attr("identifier", optionId(o.id())).attr("matchMax", Integer.toString(n))
          .text(o.text()).end();
    }
    x.end().end();
  }

  private void feedback() {
    List<String> paragraphs = Provenance.of(q).paragraphs();
    if (paragraphs.isEmpty()) {
      return;
    }
    x.start("modalFeedback").attr("outcomeIdentifier", "FEEDBACK").attr("identifier", "SOURCE").attr("showHide", "show");
    if (x.d.wrapsFeedbackBody()) {
      x.start("contentBody");
    }
    for (String p : paragraphs) {
      x.element("p", p);
    }
    if (x.d.wrapsFeedbackBody()) {
      x.end();
    }
    x.end().newline();
  }
}
