package org.factquiz.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code bench SUBJECT [OPTIONS]}: the documented benchmarks, one per subject (extract, generate,
 * ...), each printing its figures.
 */
final class BenchCommand implements Command {
  private final Map<String, Command> subjects = new LinkedHashMap<>();

  BenchCommand() {
    subjects.put("extract", new ExtractBench());
    subjects.put("generate", new GenerateBench());
    subjects.put("export", new ExportBench());
    subjects.put("load", new LoadBench());
    subjects.put("study", new StudyBench());
  }

  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String summary() {
    return "bench " + String.join("|", subjects.keySet()) + " [OPTIONS]   benchmarks";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    if (args.isEmpty() || !subjects.containsKey(args.get(0))) {
      throw new UsageException("name what to measure: " + String.join(", ", subjects.keySet()));
    }
    return subjects.get(args.get(0)).run(args.subList(1, args.size()), out, err);
  }

  /** {@code bench load [--students 100] [--seconds 10] [--warmup 5] [--rate 2000] [--cold-starts 3] [--content DIR]}. */
  private static final class LoadBench implements Command {
    @Override
    public String name() {
      return "load";
    }

    @Override
    public String summary() {
      return "load [--students 100] [--seconds 10] [--warmup 5] [--rate 2000] [--cold-starts 3] [--content DIR]   "
          + "concurrent students against a fresh server";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
      Options options = Options.parse(args, Set.of("students", "seconds", "warmup", "rate", "cold-starts", "content"),
          Set.of());
      Path content = Path.of(options.get("content") == null ? "content" : options.get("content"));
      int students = number(options, "students", 100);
      long seconds = number(options, "seconds", 10);
      long warmUp = number(options, "warmup", 5);
      int rate = number(options, "rate", 2000);
      int coldStarts = number(options, "cold-starts", 3);
      if (students < 1 || seconds < 1 || warmUp < 0 || rate < 1 || coldStarts < 0) {
        throw new UsageException("--students, --seconds and --rate must be positive; --warmup and --cold-starts at least 0");
      }
      new LoadBenchmark(students, java.time.Duration.ofSeconds(seconds), java.time.Duration.ofSeconds(warmUp), rate,
          coldStarts, content, out).run();
      return 0;
    }
  }

  private static int number(Options options, String name, int fallback) {
    String value = options.get(name);
    try {
      return value == null ? fallback : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " takes a whole number, not " + value);
    }
  }

  /** {@code bench extract [--mb 5] [--content DIR]}. */
  private static final class ExtractBench implements Command {
    @Override
    public String name() {
      return "extract";
    }

    @Override
    public String summary() {
      return "extract [--mb 5] [--content DIR]   extraction throughput on one thread";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
      Options options = Options.parse(args, Set.of("mb", "content"), Set.of());
      Path content = Path.of(options.get("content") == null ? "content" : options.get("content"));
      double mb = options.get("mb") == null ? 5 : Double.parseDouble(options.get("mb"));
      new ExtractionBenchmark(ExtractCommand.inputs(List.of(content.toString())), (long) (mb * 1_000_000)).run(out);
      return 0;
    }
  }
}
