package org.factquiz.export;

import java.nio.file.Files;
import java.nio.file.Path;
import org.factquiz.generate.QuestionSet;

/**
 * Exports a set in one format, runs that format's validator (official XSDs or the third-party npm
 * parsers) and reads every key back, question by question; fails on the first problem. Public
 * so the bank test in the cli package can audit the generated bank in every format.
 */
public final class ExportAudit {
  private ExportAudit() {}

  /** What one audited export held. */
  public record Outcome(String format, int exported, int omitted, int adapted, int keysChecked, long bytes) {}

  public static Outcome check(String format, QuestionSet set, Path dir) throws Exception {
    ExportResult result = ExportFormats.standard().require(format).export(set);
    Path work = Files.createDirectories(dir.resolve(format));
    if (!format.startsWith("qti") && !format.equals("canvas")) {
      NodeTools.require();
    }
    int keys = switch (format) {
      case "qti21" -> QtiExportTest.check(QtiDialect.V21, set, result);
      case "qti30" -> QtiExportTest.check(QtiDialect.V30, set, result);
      case "canvas" -> CanvasExportTest.check(set, result);
      case "moodlexml" -> MoodleXmlExportTest.check(set, result, work);
      case "gift" -> GiftExportTest.check(set, result, work);
      case "aiken" -> AikenExportTest.check(set, result, work);
      case "kahoot-csv" -> CsvExportTest.checkKahoot(set, result, work);
      case "quizlet-csv" -> CsvExportTest.checkQuizlet(set, result, work);
      case "h5p" -> H5pExportTest.check(set, result, work);
      default -> throw new AssertionError("no audit for format " + format);
    };
    ExportReport r = result.report();
    return new Outcome(format, r.exported(), r.omitted().size(), r.adapted().size(), keys, result.bytes().length);
  }
}
