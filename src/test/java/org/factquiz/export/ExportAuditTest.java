package org.factquiz.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.factquiz.generate.QuestionSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every format on the tricky set: validator clean and every exported key read back unchanged. */
class ExportAuditTest {
  @ParameterizedTest
  @ValueSource(strings = {"qti21", "qti30", "moodlexml", "gift", "aiken", "canvas", "kahoot-csv", "quizlet-csv", "h5p"})
  void everyFormatValidatesAndKeepsEveryKeyItWrites(String format, @TempDir Path dir) throws Exception {
    QuestionSet set = TrickySet.all();
    ExportAudit.Outcome outcome = ExportAudit.check(format, set, dir);
    assertEquals(outcome.exported(), outcome.keysChecked());
    assertEquals(set.questions().size(), outcome.exported() + outcome.omitted());
  }
}
