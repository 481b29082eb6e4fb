package org.factquiz.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.factquiz.export.ExportFormats;
import org.factquiz.export.ExportResult;
import org.factquiz.export.Exporter;
import org.factquiz.generate.QuestionSet;
import org.factquiz.generate.QuestionSetJson;

/** {@code export --format F --in SET.json --out FILE}: writes a question set in an LMS format. */
final class ExportCommand implements Command {
  /** Built when used, not when the command list is: {@code serve} need not load the exporters. */
  private static ExportFormats formats() {
    return ExportFormats.standard();
  }

  @Override
  public String name() {
    return "export";
  }

  @Override
  public String summary() {
    return "export --format " + String.join("|", formats().names()) + " --in SET.json --out FILE";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options o = Options.parse(args, Set.of("format", "in", "out"), Set.of());
    ExportFormats formats = formats();
    Exporter exporter = formats.find(o.require("format")).orElseThrow(() -> new UsageException(
        "unknown format '" + o.get("format") + "'; known: " + String.join(", ", formats.names())));
    Path in = Path.of(o.require("in"));
    Path target = Path.of(o.require("out"));
    if (!Files.isRegularFile(in)) {
      throw new UsageException("no such question set: " + in);
    }
    QuestionSet set = QuestionSetJson.read(in);
    ExportResult result = exporter.export(set);
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(target, result.bytes());
    result.report().lines().forEach(out::println);
    out.printf(java.util.Locale.ROOT, "wrote %s (%d bytes, %s)%n", target, result.bytes().length, exporter.contentType());
    return 0;
  }
}
