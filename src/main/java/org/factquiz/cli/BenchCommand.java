package org.factquiz.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code bench SUBJECT}: the documented benchmarks (extract, ...) with their figures printed. */
final class BenchCommand implements Command {
  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String summary() {
    return "bench extract [--mb 5] [--content DIR] | bench load [--students 100] [--seconds 10]";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    if (args.isEmpty()) {
      throw new UsageException("name what to measure: extract, load");
    }
    Options options = Options.parse(args.subList(1, args.size()), Set.of("mb", "content", "students", "seconds"), Set.of());
    Path content = Path.of(options.get("content") == null ? "content" : options.get("content"));
    switch (args.get(0)) {
      case "extract" -> {
        double mb = options.get("mb") == null ? 5 : Double.parseDouble(options.get("mb"));
        new ExtractionBenchmark(ExtractCommand.inputs(List.of(content.toString())), (long) (mb * 1_000_000)).run(out);
      }
      case "load" -> new LoadBenchmark(options.get("students") == null ? 100 : Integer.parseInt(options.get("students")),
          java.time.Duration.ofSeconds(options.get("seconds") == null ? 10 : Long.parseLong(options.get("seconds"))), content, out)
          .run();
      default -> throw new UsageException("unknown benchmark " + args.get(0) + " (extract, load)");
    }
    return 0;
  }
}
