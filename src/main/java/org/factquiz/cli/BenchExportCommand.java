package org.factquiz.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factquiz.export.ExportFormats;
import org.factquiz.export.ExportResult;
import org.factquiz.export.Exporter;
import org.factquiz.export.SyntheticQuestions;
import org.factquiz.generate.QuestionSet;
import org.factquiz.generate.QuestionSetJson;

/**
 * {@code bench-export [--questions N] [--rounds R] [--in SET.json]}: times every exporter on a
 * set (by default N synthetic questions of all kinds) and prints the best of R rounds per format.
 */
final class BenchExportCommand implements Command {
  @Override
  public String name() {
    return "export";
  }

  @Override
  public String summary() {
    return "bench-export [--questions 10000] [--rounds 3] [--in SET.json]: time every export format";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Options o = Options.parse(args, Set.of("questions", "rounds", "in"), Set.of());
    int rounds = positive(o.get("rounds"), 3);
    QuestionSet set = o.get("in") != null
        ? QuestionSetJson.read(java.nio.file.Path.of(o.get("in")))
        : SyntheticQuestions.of(positive(o.get("questions"), 10_000));
    out.printf(Locale.ROOT, "%d questions, best of %d round(s)%n", set.questions().size(), rounds);
    boolean allFast = true;
    for (Exporter e : ExportFormats.standard().all()) {
      long best = Long.MAX_VALUE;
      ExportResult result = null;
      for (int r = 0; r < rounds; r++) {
        long t0 = System.nanoTime();
        result = e.export(set);
        best = Math.min(best, System.nanoTime() - t0);
      }
      double ms = best / 1e6;
      allFast &= ms < 5000;
      out.printf(Locale.ROOT, "%-12s %8.0f ms %12d bytes  exported %d, left out %d%n",
          e.format(), ms, result.bytes().length, result.report().exported(), result.report().omitted().size());
    }
    out.println(allFast ? "every format under 5 s" : "SLOW: some format took 5 s or more");
    return allFast ? 0 : 1;
  }

  private static int positive(String value, int fallback) {
    if (value == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("expected a positive whole number, got '" + value + "'");
  }
}
