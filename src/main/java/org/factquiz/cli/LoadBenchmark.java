package org.factquiz.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factquiz.FactQuiz;
import org.factquiz.Settings;

/**
 * {@code bench load}: 100 students on one machine against the production wiring. Measures the
 * start-up of a fresh JVM on an existing database, a synchronised start (all start the same quiz
 * at once), attempt fetches and answer saves after a warm-up of each (throughput, p50/p99, server CPU
 * per request), then submits and checks that every acknowledged answer is the one graded.
 */
final class LoadBenchmark {
  private final int students;
  private final Duration phase;
  private final Path content;
  private final PrintStream out;

  LoadBenchmark(int students, Duration phase, Path content, PrintStream out) {
    this.students = students;
    this.phase = phase;
    this.content = content;
    this.out = out;
  }

  void run() throws Exception {
    Path dir = Files.createTempDirectory("factquiz-bench");
    Map<String, String> env = new HashMap<>(System.getenv());
    env.keySet().removeIf(k -> k.startsWith("FACTQUIZ_"));
    env.put("FACTQUIZ_PORT", "0");
    env.put("FACTQUIZ_DATA_DIR", dir.resolve("data").toString());
    env.put("FACTQUIZ_CONTENT_DIR", content.toString());
    env.put("FACTQUIZ_WEBAPP_DIR", dir.resolve("webapp").toString());
    env.put("FACTQUIZ_TEACHER_EMAIL", "bench-teacher@example.org");
    env.put("FACTQUIZ_TEACHER_PASSWORD", "bench-teacher-password");
    Settings settings = Settings.fromEnvironment(env);
    long t0 = System.nanoTime();
    FactQuiz.start(settings, out).close();
    out.printf(Locale.ROOT, "first start (creates the database, reads, extracts, generates): %d ms%n", ms(t0));
    out.printf(Locale.ROOT, "start-up of a new JVM on the existing database to first served request: %d ms%n",
        coldStartMillis(env));
    try (FactQuiz app = FactQuiz.start(settings, out)) {
      load(new LoadClient(URI.create(app.uri() + "/")));
    }
  }

  private void load(LoadClient client) throws Exception {
    String teacher = client.call("POST", "api/auth/signin", null, Map.of("email", "bench-teacher@example.org",
        "password", "bench-teacher-password"), 200).get("token").asText();
    JsonNode classroom = client.call("POST", "api/classes", teacher, Map.of("name", "Bench class"), 201);
    JsonNode set = client.call("POST", "api/question-sets", teacher, Map.of("title", "Bench set", "count", 20, "seed", 1), 201);
    JsonNode quiz = client.call("POST", "api/quizzes", teacher, Map.of("questionSetId", set.get("id").asLong(),
        "classId", classroom.get("id").asLong(), "title", "Bench quiz", "attemptsAllowed", 5, "shuffle", true), 201);
    String start = "api/quizzes/" + quiz.get("id").asLong() + "/attempts";
    out.printf(Locale.ROOT, "quiz of %d questions; signing up %d students ...%n", quiz.get("questionCount").asInt(), students);
    List<String> tokens = parallel(students, i -> client.call("POST", "api/auth/signup", null, Map.of("email",
        "bench" + i + "@example.org", "password", "bench-password-" + i, "name", "Student " + i, "classCode",
        classroom.get("code").asText()), 201).get("token").asText());

    Latencies starts = new Latencies();
    CyclicBarrier together = new CyclicBarrier(students);
    long s0 = System.nanoTime();
    List<JsonNode> attempts = parallel(students, i -> {
      together.await();
      long t = System.nanoTime();
      JsonNode a = client.call("POST", start, tokens.get(i), null, 201);
      starts.add(System.nanoTime() - t);
      return a;
    });
    out.printf(Locale.ROOT, "synchronised start, %d students at once: all started in %d ms; %s%n", students, ms(s0),
        starts.summary((System.nanoTime() - s0) / 1e9));

    // Warm-up, not measured: the JIT compiles the request path (fetches and saves) first.
    timed(i -> client.call("GET", "api/attempts/" + attempts.get(i).get("id").asLong(), tokens.get(i), null, 200),
        new Latencies());
    int[] warm = new int[students];
    timed(i -> {
      JsonNode q = attempts.get(i).get("questions").get(warm[i]++ % attempts.get(i).get("questions").size());
      return client.call("PUT", "api/attempts/" + attempts.get(i).get("id").asLong() + "/answers/" + q.get("id").asText(),
          tokens.get(i), answerFor(q, warm[i]), 204);
    }, new Latencies());
    Latencies fetches = new Latencies();
    long cpu0 = serverCpuNanos();
    double fetchSeconds = timed(i -> client.call("GET", "api/attempts/" + attempts.get(i).get("id").asLong(), tokens.get(i),
        null, 200), fetches);
    out.println("attempt fetch: " + fetches.summary(fetchSeconds));
    out.println("  " + cpuPerRequest(serverCpuNanos() - cpu0, fetches.count()));

    List<Map<String, JsonNode>> acknowledged = new ArrayList<>();
    for (int i = 0; i < students; i++) {
      acknowledged.add(new HashMap<>());
    }
    Latencies answers = new Latencies();
    int[] turn = new int[students];
    long cpu1 = serverCpuNanos();
    double answerSeconds = timed(i -> {
      JsonNode questions = attempts.get(i).get("questions");
      JsonNode q = questions.get(turn[i]++ % questions.size());
      JsonNode answer = LoadClient.JSON.valueToTree(answerFor(q, turn[i]));
      client.call("PUT", "api/attempts/" + attempts.get(i).get("id").asLong() + "/answers/" + q.get("id").asText(),
          tokens.get(i), answer, 204);
      acknowledged.get(i).put(q.get("id").asText(), answer);
      return null;
    }, answers);
    out.println("answer save (each one committed before its 204): " + answers.summary(answerSeconds));
    out.println("  " + cpuPerRequest(serverCpuNanos() - cpu1, answers.count()));

    List<Integer> mismatches = parallel(students, i -> {
      JsonNode result = client.call("POST", "api/attempts/" + attempts.get(i).get("id").asLong() + "/submit", tokens.get(i),
          null, 200);
      int wrong = 0;
      for (JsonNode q : result.get("questions")) {
        JsonNode sent = acknowledged.get(i).get(q.get("id").asText());
        if (sent != null && !sent.equals(withoutNulls(q.get("answer")))) {
          wrong++;
        }
      }
      return wrong;
    });
    int lost = mismatches.stream().mapToInt(Integer::intValue).sum();
    out.printf(Locale.ROOT, "after submit: %d of the last acknowledged answers differ from what was graded%n", lost);
  }

  /**
   * CPU time of the server's threads (Grizzly's selector and worker threads, which also run the
   * embedded database): on a shared machine the wall-clock figures above measure the neighbours too.
   */
  private static long serverCpuNanos() {
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long total = 0;
    for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && (info.getThreadName().startsWith("factquiz-http") || info.getThreadName().startsWith("grizzly"))) {
        total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return total;
  }

  private static String cpuPerRequest(long cpuNanos, int requests) {
    double perRequest = requests == 0 ? 0 : cpuNanos / 1e6 / requests;
    return String.format(Locale.ROOT, "server CPU %.2f ms per request, i.e. %.0f requests per CPU-second (%.0f/s on two "
        + "free cores)", perRequest, perRequest == 0 ? 0 : 1000 / perRequest, perRequest == 0 ? 0 : 2000 / perRequest);
  }

  /** Runs {@code work} for each student in a loop for the phase's duration; returns the seconds it took. */
  private double timed(Work<Object> work, Latencies latencies) throws Exception {
    long end = System.nanoTime() + phase.toNanos();
    CyclicBarrier together = new CyclicBarrier(students);
    long t0 = System.nanoTime();
    parallel(students, i -> {
      together.await();
      while (System.nanoTime() < end) {
        long t = System.nanoTime();
        work.run(i);
        latencies.add(System.nanoTime() - t);
      }
      return null;
    });
    return (System.nanoTime() - t0) / 1e9;
  }

  static Object answerFor(JsonNode q, int turn) {
    List<String> options = q.get("options").findValuesAsText("id");
    List<String> premises = q.get("premises").findValuesAsText("id");
    return switch (q.get("kind").asText()) {
      case "multiple_response" -> Map.of("choices", options.subList(0, Math.min(2, options.size())));
      case "ordering" -> Map.of("choices", options);
      case "matching" -> {
        Map<String, String> pairs = new HashMap<>();
        for (int p = 0; p < premises.size(); p++) {
          pairs.put(premises.get(p), options.get(p % options.size()));
        }
        yield Map.of("pairs", pairs);
      }
      case "cloze", "short_answer" -> Map.of("text", "answer " + turn);
      case "numeric" -> Map.of("number", 1900 + turn % 100);
      default -> Map.of("choices", List.of(options.get(turn % options.size())));
    };
  }

  private static JsonNode withoutNulls(JsonNode answer) {
    com.fasterxml.jackson.databind.node.ObjectNode copy = LoadClient.JSON.createObjectNode();
    answer.fields().forEachRemaining(e -> {
      if (!e.getValue().isNull()) {
        copy.set(e.getKey(), e.getValue().isNumber() ? LoadClient.JSON.valueToTree(e.getValue().asInt()) : e.getValue());
      }
    });
    return copy;
  }

  /** Starts {@code serve} in a new JVM on the existing database and times it to the first 200. */
  private long coldStartMillis(Map<String, String> serverEnv) throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(serverEnv);
    pb.environment().put("FACTQUIZ_PORT", Integer.toString(port));
    long t0 = System.nanoTime();
    Process server = pb.start();
    try {
      LoadClient probe = new LoadClient(URI.create("http://127.0.0.1:" + port + "/"));
      while (ms(t0) < 60_000) {
        try {
          probe.call("GET", "api/openapi.json", null, null, 200);
          return ms(t0);
        } catch (RuntimeException notYet) {
          Thread.sleep(10);
        }
      }
      throw new IOException("the server did not answer within a minute");
    } finally {
      server.destroy();
      server.waitFor();
    }
  }

  private <T> List<T> parallel(int n, Work<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(pool.submit(() -> work.run(index)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  @FunctionalInterface
  interface Work<T> {
    T run(int student) throws Exception;
  }
}
