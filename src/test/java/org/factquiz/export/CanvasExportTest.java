package org.factquiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.QuestionSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class CanvasExportTest {
  private static final QuestionSet SET = TrickySet.all();
  private static final Exporter CANVAS = ExportFormats.standard().require("canvas");

  private static Map<String, byte[]> files() throws Exception {
    return TrickySet.unzip(CANVAS.export(SET).bytes());
  }

  private static byte[] quiz(Map<String, byte[]> files) {
    return files.entrySet().stream().filter(e -> e.getKey().endsWith(".xml") && !e.getKey().endsWith("assessment_meta.xml")
        && !e.getKey().equals("imsmanifest.xml")).findFirst().orElseThrow().getValue();
  }

  @Test
  void manifestAndQuizAreValidAgainstTheOfficialSchemas() throws Exception {
    Map<String, byte[]> files = files();
    assertEquals(List.of(), SharedSchemas.problems(SharedSchemas.IMSCP, files.get("imsmanifest.xml")), "manifest");
    assertEquals(List.of(), SharedSchemas.problems(SharedSchemas.QTI12, quiz(files)), "quiz");
    for (Element file : XmlRead.all(XmlRead.parse(files.get("imsmanifest.xml")), "file")) {
      assertTrue(files.containsKey(file.getAttribute("href")), file.getAttribute("href"));
    }
  }

  @Test
  void everyKindGetsCanvasQuestionTypeAndOrderingBecomesMatchingToPositions() throws Exception {
    ExportResult result = CANVAS.export(SET);
    assertEquals(List.of(), result.report().omitted());
    List<Element> items = XmlRead.all(XmlRead.parse(quiz(TrickySet.unzip(result.bytes()))), "item");
    assertEquals(SET.questions().size(), items.size());
    Set<String> types = new HashSet<>();
    for (Element item : items) {
      types.add(metadata(item).get("question_type"));
    }
    assertEquals(Set.of("multiple_choice_question", "multiple_answers_question", "true_false_question",
        "short_answer_question", "fill_in_multiple_blanks_question", "matching_question", "numerical_question"), types);
    assertEquals(2, result.report().adapted().size());
  }

  @Test
  void everyKeyNamesAResponseLabelAndEqualsTheQuestionsKey() throws Exception {
    assertEquals(SET.questions().size(), check(SET, CANVAS.export(SET)));
  }

  /** Validates a Canvas package against the XSDs and reads every key back; returns the keys compared. */
  static int check(QuestionSet set, ExportResult result) throws Exception {
    Map<String, byte[]> files = TrickySet.unzip(result.bytes());
    assertEquals(List.of(), SharedSchemas.problems(SharedSchemas.IMSCP, files.get("imsmanifest.xml")), "manifest");
    assertEquals(List.of(), SharedSchemas.problems(SharedSchemas.QTI12, quiz(files)), "quiz");
    List<Element> items = XmlRead.all(XmlRead.parse(quiz(files)), "item");
    List<Question> written = TrickySet.exported(set, result.report());
    assertEquals(written.size(), items.size());
    for (int i = 0; i < items.size(); i++) {
      Question q = written.get(i);
      Element item = items.get(i);
      assertEquals(Identifiers.question(q.id()), item.getAttribute("ident"));
      Map<String, Set<String>> labels = new HashMap<>();
      for (Element lid : XmlRead.all(item, "response_lid")) {
        Set<String> ids = new HashSet<>();
        XmlRead.all(lid, "response_label").forEach(l -> ids.add(l.getAttribute("ident")));
        labels.put(lid.getAttribute("ident"), ids);
      }
      Map<String, List<String>> keyed = new HashMap<>();
      for (Element cond : XmlRead.all(item, "respcondition")) {
        List<Element> setvar = XmlRead.children(cond, "setvar");
        if (setvar.isEmpty() || Double.parseDouble(setvar.get(0).getTextContent()) <= 0) {
          continue;
        }
        for (Element eq : XmlRead.all(cond, "varequal")) {
          if (eq.getParentNode().getLocalName().equals("not")) {
            continue;
          }
          String resp = eq.getAttribute("respident");
          String value = eq.getTextContent();
          if (labels.containsKey(resp)) {
            assertTrue(labels.get(resp).contains(value), q.id() + ": " + value + " is no response_label of " + resp);
          }
          keyed.computeIfAbsent(resp, k -> new ArrayList<>()).add(value);
        }
      }
      assertEquals(expected(q, item), keyed, "key of " + q.id() + " (" + q.kind() + ")");
    }
    return written.size();
  }

  private static Map<String, List<String>> expected(Question q, Element item) {
    Map<String, List<String>> out = new HashMap<>();
    switch (q.kind()) {
      case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE ->
          out.put("response1", q.key().choices().stream().map(CanvasItemWriter::labelId).toList());
      case SHORT_ANSWER -> out.put("response1", KeyChecker.answers(q));
      case NUMERIC -> out.put("response1", List.of(Numbers.plain(q.key().number())));
      case CLOZE -> {
        if (CanvasExporter.bracketedCloze(q)) {
          out.put("response1", KeyChecker.answers(q));
          break;
        }
        List<String> texts = new ArrayList<>();
        for (Element label : XmlRead.all(item, "response_label")) {
          texts.add(label.getTextContent().strip());
        }
        assertEquals(KeyChecker.answers(q), texts, "blank answers of " + q.id());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
          ids.add(CanvasItemWriter.labelId(Integer.toString(i)));
        }
        out.put("response_blank1", ids);
      }
      case MATCHING -> q.premises().forEach(p -> out.put(Identifiers.choice("response_", p.id()),
          List.of(CanvasItemWriter.labelId(q.key().pairs().get(p.id())))));
      case ORDERING -> {
        List<String> order = q.key().choices();
        q.options().forEach(o -> out.put(Identifiers.choice("response_", o.id()),
            List.of(CanvasItemWriter.labelId("pos" + (order.indexOf(o.id()) + 1)))));
      }
    }
    return out;
  }

  private static Map<String, String> metadata(Element item) {
    Map<String, String> out = new HashMap<>();
    for (Element field : XmlRead.all(item, "qtimetadatafield")) {
      out.put(XmlRead.children(field, "fieldlabel").get(0).getTextContent(), XmlRead.children(field, "fieldentry").get(0).getTextContent());
    }
    return out;
  }

  @Test
  void clozeWithSquareBracketsBecomesShortAnswerBecauseCanvasMarksBlanksWithThem() throws Exception {
    Question q = TrickySet.question("brackets", QuestionKind.CLOZE, "The [old] name was ____.", List.of(), List.of(),
        org.factquiz.generate.AnswerKey.ofText("Ys"), List.of("Is"));
    QuestionSet set = new QuestionSet(List.of(q));
    ExportResult result = CANVAS.export(set);
    assertEquals(List.of("brackets"), result.report().adapted().stream().map(Omission::questionId).toList());
    assertEquals(1, check(set, result));
    Element item = XmlRead.all(XmlRead.parse(quiz(TrickySet.unzip(result.bytes()))), "item").get(0);
    assertEquals("short_answer_question", metadata(item).get("question_type"));
  }
}
