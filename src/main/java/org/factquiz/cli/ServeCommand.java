package org.factquiz.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.factquiz.FactQuiz;
import org.factquiz.Settings;

/** {@code serve}: starts the server with settings from FACTQUIZ_* variables and runs until stopped. */
final class ServeCommand implements Command {
  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "start the server (FACTQUIZ_PORT, FACTQUIZ_JDBC_URL, FACTQUIZ_DATA_DIR, ...)";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
    if (!args.isEmpty()) {
      throw new UsageException("serve takes no arguments; configure it with FACTQUIZ_* environment variables");
    }
    long started = System.nanoTime();
    Settings settings = Settings.fromEnvironment(System.getenv());
    FactQuiz app = FactQuiz.start(settings, out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.close();
      stopped.countDown();
    }, "factquiz-shutdown"));
    out.printf(java.util.Locale.ROOT, "factquiz serving %s/ (started in %d ms; Ctrl-C stops)%n", app.uri(),
        (System.nanoTime() - started) / 1_000_000);
    stopped.await();
    return 0;
  }
}
