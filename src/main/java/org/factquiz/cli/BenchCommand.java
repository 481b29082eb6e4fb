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
    return "bench extract [--mb 5] [--content DIR]   throughput benchmarks";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    if (args.isEmpty()) {
      throw new UsageException("name what to measure: extract");
    }
    Options options = Options.parse(args.subList(1, args.size()), Set.of("mb", "content"), Set.of());
    Path content = Path.of(options.get("content") == null ? "content" : options.get("content"));
    switch (args.get(0)) {
      case "extract" -> {
        double mb = options.get("mb") == null ? 5 : Double.parseDouble(options.get("mb"));
        new ExtractionBenchmark(ExtractCommand.inputs(List.of(content.toString())), (long) (mb * 1_000_000)).run(out);
      }
      default -> throw new UsageException("unknown benchmark " + args.get(0) + " (extract)");
    }
    return 0;
  }
}
