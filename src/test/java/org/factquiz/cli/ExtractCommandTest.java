package org.factquiz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  @TempDir
  Path dir;

  @Test
  void writesFactsPerArticleAndReportsBadFilesWithoutStoppingTheRun() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a-good.txt"), "Harbour Reopens\n\nOslo, 9 June 1999 -- Mayor Tove Lie said that the harbour "
        + "would reopen on Friday. \"We are ready,\" Lie said.", StandardCharsets.UTF_8);
    Files.write(in.resolve("b-empty.txt"), new byte[0]);
    Files.write(in.resolve("c-binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2});
    try (RandomAccessFile huge = new RandomAccessFile(in.resolve("d-huge.txt").toFile(), "rw")) {
      huge.setLength(50L * 1024 * 1024);
    }
    Files.write(in.resolve("e-latin1.txt"), "No Title Here at all and no dateline, caf\u00e9 owners complained."
        .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    Path out = dir.resolve("out");
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"extract", "--out", out.toString(), in.toString()},
        new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
    String errors = stderr.toString(StandardCharsets.UTF_8);
    assertEquals(1, code);
    assertTrue(errors.contains("b-empty.txt: empty article"), errors);
    assertTrue(errors.contains("c-binary.txt: not a text file"), errors);
    assertTrue(errors.contains("d-huge.txt: too large"), errors);
    assertFalse(errors.contains("Exception"), errors);
    JsonNode good = new ObjectMapper().readTree(out.resolve("a-good.facts.json").toFile());
    assertEquals("Oslo", good.path("dateline").path("place").asText());
    assertEquals("1999-06-09", good.path("dateline").path("date").asText());
    assertEquals("Tove Lie", good.path("quotes").get(0).path("speaker").asText());
    assertTrue(Files.exists(out.resolve("e-latin1.facts.json")));
  }

  @Test
  void namesTheMissingOption() {
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"extract", "content"}, new PrintStream(new ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertTrue(stderr.toString(StandardCharsets.UTF_8).contains("--out is required"));
  }
}
