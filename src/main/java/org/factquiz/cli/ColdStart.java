package org.factquiz.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times {@code java -jar factquiz.jar serve} in a new JVM on an existing database, from the
 * process start to the first answered API request (an authenticated article list, which needs the
 * database, the token check and the library), and prints the server's own log of its steps.
 */
final class ColdStart {
  private final Map<String, String> env;
  private final String token;
  private final PrintStream out;

  ColdStart(Map<String, String> env, String token, PrintStream out) {
    this.env = env;
    this.token = token;
    this.out = out;
  }

  void measure(int runs) throws Exception {
    if (runs == 0) {
      return;
    }
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Path log = Files.createTempFile("factquiz-serve", ".log");
      long ms = once(log);
      times.add(ms);
      List<String> steps = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
          .filter(l -> l.contains(" ms")).map(l -> l.replaceAll("^.*(FactQuiz|serving) ", "").trim()).toList();
      out.printf(Locale.ROOT, "start-up of a new JVM (java -jar ... serve) on the existing database to its first served "
          + "request: %d ms (load average %s; server log: %s)%n", ms, CpuUse.loadAverage(), String.join("; ", steps));
      Files.deleteIfExists(log);
    }
    out.printf(Locale.ROOT, "start-up over %d runs: best %d ms, median %d ms%n", runs,
        times.stream().mapToLong(Long::longValue).min().orElse(0), times.stream().sorted().toList().get(runs / 2));
  }

  private long once(Path log) throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    ProcessBuilder pb = new ProcessBuilder(command()).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().putAll(env);
    pb.environment().put("FACTQUIZ_PORT", Integer.toString(port));
    long t0 = System.nanoTime();
    Process server = pb.start();
    try {
      LoadClient probe = new LoadClient(URI.create("http://127.0.0.1:" + port + "/"));
      while (System.nanoTime() - t0 < 60_000_000_000L) {
        try {
          probe.call("GET", "api/articles", token, null, 200);
          return (System.nanoTime() - t0) / 1_000_000;
        } catch (RuntimeException notYet) {
          if (!server.isAlive()) {
            throw new IOException("serve stopped with status " + server.exitValue() + "; see " + log);
          }
          Thread.sleep(5);
        }
      }
      throw new IOException("the server did not answer within a minute");
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  /** {@code java -jar factquiz.jar serve} when running from the jar, as a user would; else the same main class. */
  private static List<String> command() {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
      return List.of(javaBin, "-jar", classPath, "serve");
    }
    return List.of(javaBin, "-cp", classPath, Main.class.getName(), "serve");
  }
}
