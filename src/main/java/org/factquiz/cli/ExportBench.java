package org.factquiz.cli;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
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
 * {@code bench export [--questions N] [--rounds R] [--in SET.json] [--format F]}: times exporters on a
 * set (by default N synthetic questions of all kinds) and prints the best of R rounds per format.
 */
final class ExportBench implements Command {
  @Override
  public String name() {
    return "export";
  }

  @Override
  public String summary() {
    return "export [--questions 10000] [--rounds 3] [--in SET.json] [--format F,..]   every export format on N synthetic questions";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Options o = Options.parse(args, Set.of("questions", "rounds", "in", "format"), Set.of());
    ExportFormats formats = ExportFormats.standard();
    List<Exporter> exporters = o.list("format").isEmpty() ? formats.all()
        : o.list("format").stream().map(formats::require).toList();
    int rounds = positive(o.get("rounds"), 3);
    QuestionSet set = o.get("in") != null
        ? QuestionSetJson.read(java.nio.file.Path.of(o.get("in")))
        : SyntheticQuestions.of(positive(o.get("questions"), 10_000));
    out.printf(Locale.ROOT, "%d questions, best of %d round(s); wall time, and CPU time of the process (all threads, GC included)%n",
        set.questions().size(), rounds);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    QuestionSet warmUp = SyntheticQuestions.of(1_000);
    exporters.forEach(e -> e.export(warmUp)); // class loading and JIT out of the measured rounds
    boolean allFast = true;
    for (Exporter e : exporters) {
      BestOfRounds<ExportResult> timed = BestOfRounds.run(rounds, os::getProcessCpuTime, () -> e.export(set));
      ExportResult result = timed.result();
      long best = timed.wallNanos();
      long bestCpu = timed.cpuNanos();
      double ms = best / 1e6;
      allFast &= ms < 5000;
      out.printf(Locale.ROOT, "%-12s %6.0f ms wall %6.0f ms cpu %10d bytes  exported %d, left out %d%n",
          e.format(), ms, bestCpu / 1e6, result.bytes().length, result.report().exported(), result.report().omitted().size());
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
