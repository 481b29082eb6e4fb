package org.factquiz.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

class QtiExportTest {
  private static final QuestionSet SET = TrickySet.all();

  static Exporter exporter(QtiDialect d) {
    return ExportFormats.standard().require(d == QtiDialect.V21 ? "qti21" : "qti30");
  }

  static String itemSchema(QtiDialect d) {
    return d == QtiDialect.V21 ? SharedSchemas.QTI21 : SharedSchemas.QTI30;
  }

  static String manifestSchema(QtiDialect d) {
    return d == QtiDialect.V21 ? SharedSchemas.IMSCP : SharedSchemas.QTI30_CP;
  }

  /** Validates every file of a QTI package against the XSDs and reads every key back; returns the keys compared. */
  static int check(QtiDialect d, QuestionSet set, ExportResult result) throws Exception {
    Map<String, byte[]> files = TrickySet.unzip(result.bytes());
    assertEquals(List.of(), SharedSchemas.problems(manifestSchema(d), files.get("imsmanifest.xml")), "manifest");
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (!f.getKey().equals("imsmanifest.xml")) {
        assertEquals(List.of(), SharedSchemas.problems(itemSchema(d), f.getValue()), f.getKey());
      }
    }
    List<Question> written = TrickySet.exported(set, result.report());
    for (Question q : written) {
      QtiKeys.assertKeyHolds(d, q, files.get("items/" + Identifiers.question(q.id()) + ".xml"));
    }
    assertEquals(written.size() + 2, files.size(), "one file per exported question, the test and the manifest");
    return written.size();
  }

  @ParameterizedTest
  @EnumSource(QtiDialect.class)
  void everyFileOfThePackageIsValidAgainstTheOfficialSchemas(QtiDialect d) throws Exception {
    Map<String, byte[]> files = TrickySet.unzip(exporter(d).export(SET).bytes());
    assertTrue(files.containsKey("imsmanifest.xml") && files.containsKey("test.xml"), files.keySet().toString());
    assertEquals(List.of(), SharedSchemas.problems(manifestSchema(d), files.get("imsmanifest.xml")), "manifest");
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (!f.getKey().equals("imsmanifest.xml")) {
        assertEquals(List.of(), SharedSchemas.problems(itemSchema(d), f.getValue()), f.getKey());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(QtiDialect.class)
  void writesOneItemPerQuestionOfEveryKindAndATestReferencingThem(QtiDialect d) throws Exception {
    ExportResult result = exporter(d).export(SET);
    Map<String, byte[]> files = TrickySet.unzip(result.bytes());
    assertEquals(List.of(), result.report().omitted());
    List<String> items = files.keySet().stream().filter(n -> n.startsWith("items/")).toList();
    assertEquals(SET.questions().size(), items.size());
    Element manifest = XmlRead.parse(files.get("imsmanifest.xml"));
    for (Element file : XmlRead.all(manifest, "file")) {
      assertTrue(files.containsKey(file.getAttribute("href")), file.getAttribute("href"));
    }
    Element test = XmlRead.parse(files.get("test.xml"));
    List<String> refs = XmlRead.all(test, d.element("assessmentItemRef")).stream().map(e -> e.getAttribute("href")).toList();
    assertEquals(items, refs);
  }

  @ParameterizedTest
  @EnumSource(QtiDialect.class)
  void everyCorrectResponseNamesAnExistingChoiceAndEqualsTheKey(QtiDialect d) throws Exception {
    Map<String, byte[]> files = TrickySet.unzip(exporter(d).export(SET).bytes());
    for (Question q : SET.questions()) {
      QtiKeys.assertKeyHolds(d, q, files.get("items/" + Identifiers.question(q.id()) + ".xml"));
    }
  }

  @Test
  void leavesOutAQuestionWhoseKeyNamesNoOptionAndSaysWhyInTheManifest() throws Exception {
    List<Question> qs = new ArrayList<>(SET.questions());
    qs.add(TrickySet.brokenKey());
    ExportResult result = exporter(QtiDialect.V21).export(new QuestionSet(qs));
    assertEquals(1, result.report().omitted().size());
    Omission o = result.report().omitted().get(0);
    assertEquals("broken", o.questionId());
    assertTrue(o.reason().contains("key"), o.reason());
    Map<String, byte[]> files = TrickySet.unzip(result.bytes());
    assertFalse(files.containsKey("items/qbroken.xml"));
    assertTrue(new String(files.get("imsmanifest.xml"), StandardCharsets.UTF_8).contains("left out broken (single_choice)"));
  }

  @Test
  void theSameSetGivesTheSameBytes() {
    assertArrayEquals(exporter(QtiDialect.V30).export(SET).bytes(), exporter(QtiDialect.V30).export(SET).bytes());
  }

  @Test
  void feedbackCarriesEvidenceSentenceTitleAndDateline() throws Exception {
    Question q = SET.questions().get(SET.questions().size() - 1);
    byte[] xml = TrickySet.unzip(exporter(QtiDialect.V21).export(SET).bytes()).get("items/" + Identifiers.question(q.id()) + ".xml");
    String feedback = XmlRead.all(XmlRead.parse(xml), "modalFeedback").get(0).getTextContent();
    for (String part : List.of(q.evidence().sentence(), q.source().title(), q.source().dateline())) {
      assertTrue(feedback.contains(part), feedback + " lacks " + part);
    }
  }

  /** Reads the key of one exported QTI item back and compares it with the question's key. */
  static final class QtiKeys {
    private QtiKeys() {}

    static void assertKeyHolds(QtiDialect d, Question q, byte[] xml) {
      assertNotNull(xml, "no item for " + q.id());
      Element item = XmlRead.parse(xml);
      assertEquals(Identifiers.question(q.id()), item.getAttribute("identifier"));
      assertTrue(item.getAttribute("identifier").matches("[A-Za-z_][A-Za-z0-9_.-]*"), "NCName");
      Element decl = XmlRead.all(item, d.element("responseDeclaration")).get(0);
      Element correct = XmlRead.all(decl, d.element("correctResponse")).get(0);
      List<String> values = XmlRead.texts(XmlRead.children(correct, d.element("value")));
      String baseType = decl.getAttribute(d.attribute("baseType"));
      if (!baseType.equals("string") && !baseType.equals("float")) {
        Set<String> choiceIds = new HashSet<>();
        Element body = XmlRead.all(item, d.element("itemBody")).get(0);
        for (String name : List.of("simpleChoice", "simpleAssociableChoice")) {
          XmlRead.all(body, d.element(name)).forEach(c -> choiceIds.add(c.getAttribute("identifier")));
        }
        for (String v : values) {
          assertTrue(choiceIds.containsAll(List.of(v.split(" "))), q.id() + ": correct response " + v + " names no choice");
        }
      }
      assertEquals(expectedValues(q), values, "key of " + q.id() + " (" + q.kind() + ")");
    }

    static List<String> expectedValues(Question q) {
      return switch (q.kind()) {
        case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE, ORDERING ->
            q.key().choices().stream().map(QtiItemWriter::choiceId).toList();
        case MATCHING -> q.premises().stream()
            .map(p -> QtiItemWriter.premiseId(p.id()) + " " + QtiItemWriter.optionId(q.key().pairs().get(p.id()))).toList();
        case SHORT_ANSWER, CLOZE -> List.of(q.key().text().strip());
        case NUMERIC -> List.of(Numbers.plain(q.key().number()));
      };
    }
  }
}
