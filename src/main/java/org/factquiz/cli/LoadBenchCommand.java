package org.factquiz.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** {@code bench load [--students 100] [--seconds 10] [--content DIR]}: the REST backend under load. */
final class LoadBenchCommand implements Command {
  @Override
  public String name() {
    return "load";
  }

  @Override
  public String summary() {
    return "load [--students 100] [--seconds 10] [--content DIR]   REST backend: start-up, answers/s, p50/p99";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options o = Options.parse(args, Set.of("students", "seconds", "content"), Set.of());
    int students = Integer.parseInt(o.get("students") == null ? "100" : o.get("students"));
    long seconds = Long.parseLong(o.get("seconds") == null ? "10" : o.get("seconds"));
    Path content = Path.of(o.get("content") == null ? "content" : o.get("content"));
    new LoadBenchmark(students, Duration.ofSeconds(seconds), content, out).run();
    return 0;
  }
}
