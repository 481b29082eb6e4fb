package org.factquiz.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionSet;

/**
 * A QTI content package: {@code imsmanifest.xml} at the root, one item file per question under
 * {@code items/}, and {@code test.xml}, an assessmentTest referencing every item in set order.
 * The export report is written into the manifest as a comment.
 */
final class QtiPackageWriter {
  private final QtiDialect d;
  private final String format;

  QtiPackageWriter(QtiDialect d, String format) {
    this.d = d;
    this.format = format;
  }

  ExportResult write(QuestionSet set) {
    ReportBuilder report = new ReportBuilder(format, set.questions().size());
    ZipPackage zip = new ZipPackage();
    List<String> itemIds = new ArrayList<>();
    List<Question> written = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Question q : set.questions()) {
      Optional<String> problem = KeyChecker.problem(q);
      if (problem.isPresent()) {
        report.omit(q, problem.get());
        continue;
      }
      String id = Identifiers.question(q.id());
      if (!seen.add(id)) {
        report.omit(q, "duplicate question id");
        continue;
      }
      written.add(q);
      itemIds.add(id);
      report.exported();
    }
    // items are independent documents: write them on every core, then zip them in set order
    List<byte[]> items = written.parallelStream().map(q -> new QtiItemWriter(d, q).write()).toList();
    for (int i = 0; i < items.size(); i++) {
      zip.add(href(itemIds.get(i)), items.get(i));
    }
    String setId = SetIdentity.of(set);
    ExportReport done = report.build();
    zip.add("test.xml", test(setId, itemIds));
    byte[] manifest = new QtiManifestWriter(d, setId).write(itemIds, this::href, done.lines());
    // the manifest goes last in the zip only for writing convenience; tools find it by name
    zip.add("imsmanifest.xml", manifest);
    return new ExportResult(zip.finish(), done);
  }

  String href(String itemId) {
    return "items/" + itemId + ".xml";
  }

  private byte[] test(String setId, List<String> itemIds) {
    QtiXml x = new QtiXml(d);
    x.root("assessmentTest").attr("identifier", "test-" + setId).attr("title", "factquiz question set").newline();
    x.start("outcomeDeclaration").attr("identifier", "SCORE").attr("cardinality", "single").attr("baseType", "float").end();
    x.start("testPart").attr("identifier", "part-1").attr("navigationMode", "nonlinear").attr("submissionMode", "simultaneous");
    x.start("assessmentSection").attr("identifier", "section-1").attr("title", "Questions").attr("visible", "true").newline();
    for (String id : itemIds) {
      x.start("assessmentItemRef").attr("identifier", id).attr("href", href(id)).end().newline();
    }
    x.end().end();
    x.start("outcomeProcessing").start("setOutcomeValue").attr("identifier", "SCORE")
        .start("sum").start("testVariables").attr("variableIdentifier", "SCORE").end().end().end().end();
    x.end();
    return x.finish();
  }
}
