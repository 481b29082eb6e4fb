package org.factquiz.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionSet;

/**
 * An H5P Question Set (.h5p zip: h5p.json and content/content.json). Choice kinds become
 * H5P.MultiChoice, true/false H5P.TrueFalse, cloze, short answer and exact numbers H5P.Blanks,
 * matching H5P.DragText; each question's overall feedback carries its provenance. The H5P
 * libraries themselves are not bundled: the LMS's H5P installation provides them.
 */
final class H5pExporter implements Exporter {
  static final String QUESTION_SET = "H5P.QuestionSet";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String format() {
    return "h5p";
  }

  @Override
  public String extension() {
    return "h5p";
  }

  @Override
  public String contentType() {
    return "application/zip";
  }

  @Override
  public ExportResult export(QuestionSet set) {
    ReportBuilder report = new ReportBuilder(format(), set.questions().size());
    ObjectNode content = JSON.createObjectNode();
    content.putObject("introPage").put("showIntroPage", false).put("title", "factquiz question set");
    content.put("progressType", "dots").put("passPercentage", 50)
        .put("disableBackwardsNavigation", false).put("randomQuestions", false);
    ArrayNode questions = content.putArray("questions");
    Set<H5pLibrary> used = new LinkedHashSet<>();
    for (Question q : set.questions()) {
      Optional<String> problem = KeyChecker.problem(q).or(() -> H5pQuestionWriter.problem(q));
      if (problem.isPresent()) {
        report.omit(q, problem.get());
        continue;
      }
      H5pQuestionWriter writer = new H5pQuestionWriter(JSON, q);
      questions.add(writer.write());
      used.add(writer.library());
      report.exported();
    }
    byte[] zip = new ZipPackage()
        .add("h5p.json", bytes(manifest(used)))
        .add("content/content.json", bytes(content))
        .finish();
    return new ExportResult(zip, report.build());
  }

  private static ObjectNode manifest(Set<H5pLibrary> used) {
    ObjectNode h5p = JSON.createObjectNode();
    h5p.put("title", "factquiz question set").put("language", "en").put("mainLibrary", QUESTION_SET);
    h5p.putArray("embedTypes").add("iframe");
    h5p.put("license", "U").put("defaultLanguage", "en");
    ArrayNode deps = h5p.putArray("preloadedDependencies");
    deps.addObject().put("machineName", QUESTION_SET).put("majorVersion", 1).put("minorVersion", 20);
    for (H5pLibrary lib : used) {
      deps.addObject().put("machineName", lib.machineName).put("majorVersion", lib.major).put("minorVersion", lib.minor);
    }
    return h5p;
  }

  private static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new ExportException("cannot write H5P JSON", e);
    }
  }
}
