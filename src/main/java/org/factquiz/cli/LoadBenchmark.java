package org.factquiz.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.net.InetSocketAddress;
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
 * {@code bench load}: many students on one machine against the production wiring on a fresh
 * database. Measures the start-up of a new JVM running {@code serve} on the existing database, a
 * synchronised start (all start the same quiz at once), attempt fetches and answer saves at
 * saturation (closed loop) and at a fixed offered rate (open loop), each after a warm-up, with the
 * CPU they cost; then submits every attempt and checks that each acknowledged answer is the one graded.
 */
final class LoadBenchmark {
  private final int students;
  private final Duration phase;
  private final Duration warmUp;
  private final double rate;
  private final int coldStarts;
  private final Path content;
  private final PrintStream out;

  LoadBenchmark(int students, Duration phase, Duration warmUp, double rate, int coldStarts, Path content, PrintStream out) {
    this.students = students;
    this.phase = phase;
    this.warmUp = warmUp;
    this.rate = rate;
    this.coldStarts = coldStarts;
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
    out.printf(Locale.ROOT, "%d cores; load average %s at the start%n", Runtime.getRuntime().availableProcessors(),
        CpuUse.loadAverage());
    long t0 = System.nanoTime();
    String teacherToken;
    try (FactQuiz first = FactQuiz.start(settings, out)) {
      out.printf(Locale.ROOT, "first start (creates the database, reads, extracts, generates): %d ms%n", ms(t0));
      teacherToken = signIn(new LoadClient(URI.create(first.uri() + "/")));
    }
    new ColdStart(env, teacherToken, out).measure(coldStarts);
    try (FactQuiz app = FactQuiz.start(settings, out)) {
      load(URI.create(app.uri() + "/"));
    }
  }

  private static String signIn(LoadClient client) {
    return client.call("POST", "api/auth/signin", null, Map.of("email", "bench-teacher@example.org",
        "password", "bench-teacher-password"), 200).get("token").asText();
  }

  private void load(URI base) throws Exception {
    LoadClient client = new LoadClient(base);
    String teacher = signIn(client);
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

    InetSocketAddress address = new InetSocketAddress(base.getHost(), base.getPort());
    String hostPort = base.getHost() + ":" + base.getPort();
    List<byte[]> fetchRequests = new ArrayList<>();
    for (int i = 0; i < students; i++) {
      fetchRequests.add(AnswerScript.request(hostPort, "GET", "/api/attempts/" + attempts.get(i).get("id").asLong(),
          tokens.get(i), null));
    }
    SocketLoadDriver.Script fetch = new SocketLoadDriver.Script() {
      @Override
      public byte[] request(int student) {
        return fetchRequests.get(student);
      }

      @Override
      public void answered(int student, int status) {}
    };
    measure("attempt fetch, closed loop (saturated)", phase -> new SocketLoadDriver(address, students, fetch, 200)
        .closedLoop(warmUp, phase));
    AnswerScript answering = new AnswerScript(hostPort, tokens, attempts);
    measure("answer save, closed loop (saturated; each 204 after its commit)", phase -> new SocketLoadDriver(address,
        students, answering, 204).closedLoop(warmUp, phase));
    measure(String.format(Locale.ROOT, "answer save, open loop at %.0f/s offered (latency from each request's scheduled "
        + "send)", rate), phase -> new SocketLoadDriver(address, students, answering, 204).openLoop(rate, warmUp, phase));

    List<Integer> mismatches = parallel(students, i -> {
      JsonNode result = client.call("POST", "api/attempts/" + attempts.get(i).get("id").asLong() + "/submit", tokens.get(i),
          null, 200);
      int wrong = 0;
      for (JsonNode q : result.get("questions")) {
        String sent = answering.acknowledged(i).get(q.get("id").asText());
        if (sent != null && !LoadClient.JSON.readTree(sent).equals(withoutNulls(q.get("answer")))) {
          wrong++;
        }
      }
      return wrong;
    });
    int lost = mismatches.stream().mapToInt(Integer::intValue).sum();
    out.printf(Locale.ROOT, "after submit: %d of the last acknowledged answers differ from what was graded%n", lost);
  }

  /** Runs one measured phase and prints its figures with the CPU it cost per request. */
  private void measure(String what, Phase work) throws Exception {
    out.printf(Locale.ROOT, "%s: %d s warm-up, then %d s measured ...%n", what, warmUp.toSeconds(), phase.toSeconds());
    SocketLoadDriver.Run run = work.run(phase);
    out.printf(Locale.ROOT, "%s:%n  %s; answered %.0f/s; %d errors, %d unanswered; load average %s%n  %s%n", what,
        run.latencies().summary(run.seconds()), run.answeredPerSecond(), run.errors(), run.unanswered(),
        CpuUse.loadAverage(), run.cpu().perRequest(run.latencies().count()));
  }

  /** One measured phase of {@code bench load}, run for the given time after its warm-up. */
  @FunctionalInterface
  private interface Phase {
    SocketLoadDriver.Run run(Duration measured) throws Exception;
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
