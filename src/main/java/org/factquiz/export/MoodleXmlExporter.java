package org.factquiz.export;

import java.util.Optional;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.QuestionSet;

/**
 * Moodle XML: every kind to its Moodle type (multichoice, truefalse, shortanswer,
 * matching, numerical), a one-blank cloze as short answer, ordering as matching to positions; the stable id is the idnumber and
 * partial credit uses Moodle's exact grade values.
 */
final class MoodleXmlExporter implements Exporter {
  static final String CATEGORY = "$course$/top/factquiz";

  @Override
  public String format() {
    return "moodlexml";
  }

  @Override
  public String extension() {
    return "xml";
  }

  @Override
  public String contentType() {
    return "application/xml";
  }

  @Override
  public ExportResult export(QuestionSet set) {
    ReportBuilder report = new ReportBuilder(format(), set.questions().size());
    XmlOut x = new XmlOut().root("quiz", null).newline();
    x.start("question").attr("type", "category").start("category").element("text", CATEGORY).end().end().newline();
    for (Question q : set.questions()) {
      Optional<String> problem = KeyChecker.problem(q).or(() -> fit(q));
      if (problem.isPresent()) {
        report.omit(q, problem.get());
        continue;
      }
      new MoodleQuestionWriter(x, q).write();
      if (q.kind() == QuestionKind.ORDERING) {
        report.adapt(q, OrderAsMatching.HOW);
      } else if (q.kind() == QuestionKind.CLOZE) {
        report.adapt(q, "cloze written as short answer with the blank in the text, as Moodle imports GIFT's missing word");
      }
      report.exported();
      x.newline();
    }
    x.end();
    return new ExportResult(x.finish(), report.build());
  }

  /** Limits of Moodle's importer that the key checker does not know. */
  private static Optional<String> fit(Question q) {
    return switch (q.kind()) {
      case MULTIPLE_RESPONSE -> {
        int right = q.key().choices().size();
        int wrong = q.options().size() - right;
        yield right > Grades.MAX_PARTS || wrong > Grades.MAX_PARTS
            ? Optional.of("more than " + Grades.MAX_PARTS + " right or wrong options: no Moodle grade fits")
            : Optional.empty();
      }
      default -> Optional.empty();
    };
  }
}
