package org.factquiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.QuestionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H5pExportTest {
  private static final QuestionSet SET = TrickySet.all();
  private static final Exporter H5P = ExportFormats.standard().require("h5p");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void passesTheH5pServerPackageValidator(@TempDir Path dir) throws Exception {
    NodeTools.require();
    for (Map.Entry<String, byte[]> e : TrickySet.unzip(H5P.export(SET).bytes()).entrySet()) {
      Path f = dir.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.write(f, e.getValue());
    }
    NodeTools.Run run = NodeTools.shared("h5p.cjs", dir.toString());
    assertEquals(0, run.exit(), run.all());
  }

  @Test
  void keysSurviveInEveryContentTypeAndOrderingIsReported() throws Exception {
    ExportResult result = H5P.export(SET);
    Map<String, byte[]> files = TrickySet.unzip(result.bytes());
    assertTrue(result.report().omitted().stream().allMatch(o -> o.kind() == QuestionKind.ORDERING || o.kind() == QuestionKind.NUMERIC));
    assertTrue(result.report().omitted().stream().anyMatch(o -> o.kind() == QuestionKind.ORDERING));
    assertEquals(Set.of("H5P.MultiChoice", "H5P.TrueFalse", "H5P.Blanks", "H5P.DragText"), keys(SET, result));
    JsonNode h5p = JSON.readTree(files.get("h5p.json"));
    assertEquals("H5P.QuestionSet", h5p.path("mainLibrary").asText());
    assertEquals(5, h5p.path("preloadedDependencies").size());
  }

  /** Validates an .h5p with the h5p-server package validator and compares its keys; returns the keys compared. */
  static int check(QuestionSet set, ExportResult result, Path dir) throws Exception {
    for (Map.Entry<String, byte[]> e : TrickySet.unzip(result.bytes()).entrySet()) {
      Path f = dir.resolve("h5p").resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.write(f, e.getValue());
    }
    NodeTools.Run run = NodeTools.shared("h5p.cjs", dir.resolve("h5p").toString());
    assertEquals(0, run.exit(), run.all());
    keys(set, result);
    return TrickySet.exported(set, result.report()).size();
  }

  /** Compares every key in content.json with the set; returns the H5P libraries used. */
  static Set<String> keys(QuestionSet set, ExportResult result) throws Exception {
    JsonNode content = JSON.readTree(TrickySet.unzip(result.bytes()).get("content/content.json"));
    List<Question> written = TrickySet.exported(set, result.report());
    assertEquals(written.size(), content.path("questions").size());
    Set<String> libraries = new HashSet<>();
    for (int i = 0; i < written.size(); i++) {
      Question q = written.get(i);
      JsonNode entry = content.path("questions").get(i);
      JsonNode p = entry.path("params");
      libraries.add(entry.path("library").asText().split(" ")[0]);
      String where = q.id() + " (" + q.kind() + ")";
      switch (q.kind()) {
        case SINGLE_CHOICE, MULTIPLE_RESPONSE -> {
          for (int j = 0; j < q.options().size(); j++) {
            assertEquals(q.key().choices().contains(q.options().get(j).id()), p.path("answers").get(j).path("correct").asBoolean(), where);
          }
        }
        case TRUE_FALSE -> assertEquals(Boolean.toString(KeyChecker.truth(q)), p.path("correct").asText(), where);
        case CLOZE, SHORT_ANSWER -> assertTrue(p.path("questions").get(0).asText()
            .contains(Markup.escape("*" + String.join("/", KeyChecker.answers(q)) + "*")), where);
        case NUMERIC -> assertTrue(p.path("questions").get(0).asText().contains("*" + Numbers.plain(q.key().number()) + "*"), where);
        case MATCHING -> q.premises().forEach(pr -> assertTrue(p.path("textField").asText().contains(
            pr.text() + " \u2192 *" + KeyChecker.option(q, q.key().pairs().get(pr.id())).text() + "*"), where));
        case ORDERING -> throw new AssertionError("ordering must be left out of H5P");
      }
      String feedback = q.kind() == QuestionKind.TRUE_FALSE ? p.path("behaviour").path("feedbackOnCorrect").asText()
          : p.path("overallFeedback").get(0).path("feedback").asText();
      assertTrue(Whitespace.oneLine(feedback).contains(Whitespace.oneLine(q.evidence().sentence())), where + ": feedback lacks the evidence");
    }
    return libraries;
  }

  @Test
  void subContentIdsAreStableAcrossExports() throws Exception {
    JsonNode a = JSON.readTree(TrickySet.unzip(H5P.export(SET).bytes()).get("content/content.json"));
    JsonNode b = JSON.readTree(TrickySet.unzip(H5P.export(SET).bytes()).get("content/content.json"));
    assertEquals(a.path("questions").get(0).path("subContentId"), b.path("questions").get(0).path("subContentId"));
  }
}
