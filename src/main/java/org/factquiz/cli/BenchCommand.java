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
    subjects.put("generate", new GenerateBenchCommand());
    subjects.put("export", new BenchExportCommand());
    subjects.put("load", new LoadBench());
    subjects.put("study", new StudyBenchCommand());
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

  /** {@code bench load [--students 100] [--seconds 10] [--content DIR]}. */
  private static final class LoadBench implements Command {
    @Override
    public String name() {
      return "load";
    }

    @Override
    public String summary() {
      return "load [--students 100] [--seconds 10] [--content DIR]   concurrent students against a fresh server";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
      Options options = Options.parse(args, Set.of("students", "seconds", "content"), Set.of());
      Path content = Path.of(options.get("content") == null ? "content" : options.get("content"));
      int students = options.get("students") == null ? 100 : Integer.parseInt(options.get("students"));
      long seconds = options.get("seconds") == null ? 10 : Long.parseLong(options.get("seconds"));
      new LoadBenchmark(students, java.time.Duration.ofSeconds(seconds), content, out).run();
      return 0;
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
