package org.factquiz.export;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;

/**
 * Writes one question as a QTI 1.2 {@code <item>} the way Canvas exports and imports it: the
 * question_type field, response_lid/response_str, respconditions setting SCORE to 100 for a right
 * answer (matching and blanks add their share), and the provenance as general feedback.
 */
final class CanvasItemWriter {
  private final XmlOut x;
  private final Question q;

  CanvasItemWriter(XmlOut x, Question q) {
    this.x = x;
    this.q = q;
  }

  static String labelId(String choiceId) {
    return Identifiers.choice("c", choiceId);
  }

  void write() {
    x.start("item").attr("ident", Identifiers.question(q.id())).attr("title", QuestionTitle.of(q));
    metadata();
    x.start("presentation");
    CanvasResponses responses = new CanvasResponses(x, q);
    responses.present();
    x.end();
    x.start("resprocessing");
    x.start("outcomes").empty("decvar").attr("maxvalue", "100").attr("minvalue", "0").attr("varname", "SCORE")
        .attr("vartype", "Decimal").end();
    x.start("respcondition").attr("continue", "Yes").start("conditionvar").empty("other").end();
    x.empty("displayfeedback").attr("feedbacktype", "Response").attr("linkrefid", "general_fb").end();
    responses.score();
    x.end();
    x.start("itemfeedback").attr("ident", "general_fb").start("flow_mat").start("material");
    x.start("mattext").attr("texttype", "text/html").text(Provenance.of(q).html()).end();
    x.end().end().end();
    x.end();
  }

  private void metadata() {
    x.start("itemmetadata").start("qtimetadata");
    field("question_type", type());
    field("points_possible", "1.0");
    field("original_answer_ids", String.join(",", answerIds()));
    x.end().end();
  }

  private void field(String label, String entry) {
    x.start("qtimetadatafield").element("fieldlabel", label).element("fieldentry", entry).end();
  }

  private String type() {
    return switch (q.kind()) {
      case SINGLE_CHOICE -> "multiple_choice_question";
      case MULTIPLE_RESPONSE -> "multiple_answers_question";
      case TRUE_FALSE -> "true_false_question";
      case SHORT_ANSWER -> "short_answer_question";
      case CLOZE -> "fill_in_multiple_blanks_question";
      case MATCHING, ORDERING -> "matching_question";
      case NUMERIC -> "numerical_question";
    };
  }

  private List<String> answerIds() {
    List<String> ids = new ArrayList<>();
    switch (q.kind()) {
      case TRUE_FALSE -> ids.addAll(List.of(labelId("true"), labelId("false")));
      case SINGLE_CHOICE, MULTIPLE_RESPONSE, MATCHING -> q.options().forEach(c -> ids.add(labelId(c.id())));
      case ORDERING -> OrderAsMatching.of(q).labels().forEach(l -> ids.add(labelId("pos" + l)));
      case CLOZE -> KeyChecker.answers(q).forEach(a -> ids.add(labelId(Integer.toString(ids.size()))));
      default -> ids.add("answer1");
    }
    return ids;
  }

  static List<Choice> trueFalse() {
    return List.of(new Choice("true", "True"), new Choice("false", "False"));
  }
}
