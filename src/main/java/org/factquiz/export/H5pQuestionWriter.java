package org.factquiz.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;

/**
 * One question as a sub-content entry of an H5P Question Set. The subContentId is a name-based
 * UUID of the question id, so it is stable across exports.
 */
final class H5pQuestionWriter {
  private final ObjectMapper json;
  private final Question q;

  H5pQuestionWriter(ObjectMapper json, Question q) {
    this.json = json;
    this.q = q;
  }

  /** What H5P's content types cannot hold: ordering, a tolerance, the Blanks markers * / : and DragText markers * : in answers. */
  static Optional<String> problem(Question q) {
    return switch (q.kind()) {
      case ORDERING -> Optional.of("the H5P Question Set has no ordering content type");
      case NUMERIC -> Numbers.tolerance(q.key().tolerance()) > 0
          ? Optional.of("H5P fill-in blanks cannot hold a numeric tolerance") : Optional.empty();
      case CLOZE, SHORT_ANSWER -> q.stem().contains("*") || KeyChecker.answers(q).stream().anyMatch(H5pQuestionWriter::marker)
          ? Optional.of("an answer or the stem contains * / or :, which H5P fill-in blanks read as markup") : Optional.empty();
      case MATCHING -> q.premises().stream().anyMatch(p -> p.text().contains("*"))
          || q.options().stream().anyMatch(o -> o.text().contains("*") || o.text().contains(":"))
          ? Optional.of("a premise or option contains * or :, which H5P drag-the-words reads as markup") : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static boolean marker(String text) {
    return text.contains("*") || text.contains("/") || text.contains(":");
  }

  H5pLibrary library() {
    return switch (q.kind()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> H5pLibrary.MULTI_CHOICE;
      case TRUE_FALSE -> H5pLibrary.TRUE_FALSE;
      case CLOZE, SHORT_ANSWER, NUMERIC -> H5pLibrary.BLANKS;
      case MATCHING -> H5pLibrary.DRAG_TEXT;
      case ORDERING -> throw new ExportException("ordering has no H5P library");
    };
  }

  ObjectNode write() {
    ObjectNode entry = json.createObjectNode();
    entry.put("library", library().versioned());
    entry.put("subContentId", UUID.nameUUIDFromBytes(("factquiz:" + q.id()).getBytes(StandardCharsets.UTF_8)).toString());
    entry.putObject("metadata").put("contentType", library().contentType).put("license", "U")
        .put("title", QuestionTitle.of(q)).put("extraTitle", Identifiers.question(q.id()));
    ObjectNode params = entry.putObject("params");
    switch (q.kind()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> multiChoice(params);
      case TRUE_FALSE -> trueFalse(params);
      case CLOZE -> blanks(params, ClozeStem.of(q.stem()).orElseThrow().with(blank(KeyChecker.answers(q))));
      case SHORT_ANSWER -> blanks(params, q.stem() + " " + blank(KeyChecker.answers(q)));
      case NUMERIC -> blanks(params, q.stem() + " " + blank(List.of(Numbers.plain(q.key().number()))));
      case MATCHING -> dragText(params);
      case ORDERING -> throw new ExportException("ordering has no H5P library");
    }
    return entry;
  }

  private void multiChoice(ObjectNode params) {
    params.put("question", Markup.paragraph(q.stem()));
    ArrayNode answers = params.putArray("answers");
    for (Choice c : q.options()) {
      ObjectNode a = answers.addObject().put("text", "<div>" + Markup.escape(c.text()) + "</div>")
          .put("correct", q.key().choices().contains(c.id()));
      a.putObject("tipsAndFeedback").put("tip", "").put("chosenFeedback", "").put("notChosenFeedback", "");
    }
    overallFeedback(params);
    params.putObject("behaviour").put("enableRetry", true).put("enableSolutionsButton", true)
        .put("type", q.kind() == QuestionKind.SINGLE_CHOICE ? "single" : "multi")
        .put("singleAnswer", q.kind() == QuestionKind.SINGLE_CHOICE).put("singlePoint", false)
        .put("randomAnswers", true).put("showSolutionsRequiresInput", true);
  }

  private void trueFalse(ObjectNode params) {
    params.put("question", Markup.paragraph(q.stem()));
    params.put("correct", Boolean.toString(KeyChecker.truth(q)));
    String provenance = Provenance.of(q).plain();
    params.putObject("behaviour").put("enableRetry", true).put("enableSolutionsButton", true)
        .put("feedbackOnCorrect", provenance).put("feedbackOnWrong", provenance);
  }

  /** H5P.Blanks marks a blank as *answer/alias*. */
  private static String blank(List<String> answers) {
    return "*" + String.join("/", answers) + "*";
  }

  private void blanks(ObjectNode params, String textWithBlank) {
    params.put("text", "<p>Fill in the blank.</p>");
    params.putArray("questions").add(Markup.paragraph(textWithBlank));
    overallFeedback(params);
    params.putObject("behaviour").put("enableRetry", true).put("enableSolutionsButton", true)
        .put("caseSensitive", false).put("showSolutionsRequiresInput", true).put("acceptSpellingErrors", false);
  }

  private void dragText(ObjectNode params) {
    params.put("taskDescription", Markup.paragraph(q.stem()));
    StringBuilder text = new StringBuilder();
    for (Choice p : q.premises()) {
      String option = KeyChecker.option(q, q.key().pairs().get(p.id())).text();
      text.append(AikenExporter.oneLine(p.text())).append(" \u2192 *").append(AikenExporter.oneLine(option)).append("*\n");
    }
    params.put("textField", text.toString().strip());
    StringBuilder distractors = new StringBuilder();
    for (Choice o : q.options()) {
      if (!q.key().pairs().containsValue(o.id())) {
        distractors.append('*').append(AikenExporter.oneLine(o.text())).append("* ");
      }
    }
    params.put("distractors", distractors.toString().strip());
    overallFeedback(params);
    params.putObject("behaviour").put("enableRetry", true).put("enableSolutionsButton", true).put("instantFeedback", false);
  }

  private void overallFeedback(ObjectNode params) {
    params.putArray("overallFeedback").addObject().put("from", 0).put("to", 100).put("feedback", Provenance.of(q).plain());
  }
}
