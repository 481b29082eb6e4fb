package org.factquiz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factquiz.export.SyntheticQuestions;
import org.factquiz.generate.QuestionSetJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesTheFileAndPrintsTheReport(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("set.json");
    QuestionSetJson.write(SyntheticQuestions.of(16), in);
    Path target = dir.resolve("out/set.txt");
    assertEquals(0, run("export", "--format", "aiken", "--in", in.toString(), "--out", target.toString()), err.toString(StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith("aiken: exported 2 of 16 question(s), left out 14"), printed);
    assertTrue(printed.contains("left out ") && printed.contains("Aiken holds single-choice questions only"), printed);
    assertTrue(Files.readString(target, StandardCharsets.UTF_8).contains("ANSWER: A"));
  }

  @Test
  void anUnknownFormatIsAUsageErrorNamingTheKnownFormats(@TempDir Path dir) {
    assertEquals(2, run("export", "--format", "scorm", "--in", "x.json", "--out", dir.resolve("x").toString()));
    String printed = err.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("unknown format 'scorm'") && printed.contains("qti21"), printed);
  }

  @Test
  void aMissingInputFileIsAClearErrorWithoutAStackTrace(@TempDir Path dir) {
    assertEquals(2, run("export", "--format", "gift", "--in", dir.resolve("none.json").toString(), "--out", dir.resolve("x").toString()));
    String printed = err.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("no such question set"), printed);
    assertTrue(!printed.contains("\tat "), printed);
  }
}
