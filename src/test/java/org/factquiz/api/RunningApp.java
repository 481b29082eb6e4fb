package org.factquiz.api;

import org.factquiz.MutableClock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.factquiz.FactQuiz;
import org.factquiz.Settings;
import org.factquiz.content.ArticleReader;
import org.factquiz.extract.RuleBasedFactExtractor;
import org.factquiz.quiz.ContentPipeline;

/**
 * The production wiring started on a random port with a fresh H2 file database in a temporary
 * directory, the test articles as content, the fixture generator and a hand-moved clock; and a
 * small JSON client over java.net.http.
 */
final class RunningApp implements AutoCloseable {
  static final String TEACHER_EMAIL = "teacher@example.org";
  static final String TEACHER_PASSWORD = "teacher-password";
  static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger STUDENTS = new AtomicInteger();

  final Path dir;
  final FixtureGenerator generator = new FixtureGenerator();
  final MutableClock clock;
  final FactQuiz app;
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

  private RunningApp(Path dir, MutableClock clock) {
    this.dir = dir;
    this.clock = clock;
    ContentPipeline pipeline = new ContentPipeline(new ArticleReader()::read, RuleBasedFactExtractor.create(), generator,
        "fixture-1");
    Settings settings = Settings.forTest(dir.resolve("data"), dir.resolve("content"), dir.resolve("webapp"));
    this.app = FactQuiz.start(settings, pipeline, new PrintStream(PrintStream.nullOutputStream(), false, StandardCharsets.UTF_8),
        clock);
  }

  /** A fresh server over a fresh directory holding the two test articles and a one-page web app. */
  static RunningApp fresh() {
    try {
      Path dir = Files.createTempDirectory("factquiz-api-test");
      Files.createDirectories(dir.resolve("content"));
      Files.createDirectories(dir.resolve("webapp"));
      for (String name : new String[] {"alpha.txt", "beta.txt"}) {
        try (var in = RunningApp.class.getResourceAsStream("/api-articles/" + name)) {
          Files.write(dir.resolve("content").resolve(name), in.readAllBytes());
        }
      }
      Files.writeString(dir.resolve("webapp/index.html"), "<!doctype html><title>factquiz</title>", StandardCharsets.UTF_8);
      return new RunningApp(dir, new MutableClock(java.time.Instant.parse("2030-01-01T09:00:00Z")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static RunningApp shared;

  /** One server shared by the test classes that do not restart it (starting one takes seconds). */
  static synchronized RunningApp shared() {
    if (shared == null) {
      shared = fresh();
      RunningApp app = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(app::close));
    }
    return shared;
  }

  /** Stops this server and starts a new one over the same directory and database. */
  RunningApp restart() {
    app.close();
    return new RunningApp(dir, clock);
  }

  @Override
  public void close() {
    app.close();
  }

  /** One HTTP answer: status, headers and the body parsed as JSON (NullNode when empty or not JSON). */
  record Reply(int status, HttpResponse<String> raw, JsonNode json) {
    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    String body() {
      return raw.body();
    }
  }

  Reply get(String path, String token) {
    return send("GET", path, token, null);
  }

  Reply post(String path, String token, Object body) {
    return send("POST", path, token, body);
  }

  Reply put(String path, String token, Object body) {
    return send("PUT", path, token, body);
  }

  Reply delete(String path, String token) {
    return send("DELETE", path, token, null);
  }

  Reply send(String method, String path, String token, Object body) {
    try {
      String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
      return raw(method, path, token, "application/json", json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Reply raw(String method, String path, String token, String contentType, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.uri() + path)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      b.header("Content-Type", contentType);
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      JsonNode node = NullNode.getInstance();
      if (!r.body().isEmpty() && r.headers().firstValue("Content-Type").orElse("").contains("json")) {
        node = JSON.readTree(r.body());
      }
      return new Reply(r.statusCode(), r, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  String teacherToken() {
    return signIn(TEACHER_EMAIL, TEACHER_PASSWORD);
  }

  String signIn(String email, String password) {
    Reply r = post("/api/auth/signin", null, Map.of("email", email, "password", password));
    if (r.status() != 200) {
      throw new AssertionError("sign-in failed: " + r.body());
    }
    return r.json().get("token").asText();
  }

  /** A new student in the class with this code; returns the token. */
  String newStudent(String classCode) {
    int n = STUDENTS.incrementAndGet();
    Reply r = post("/api/auth/signup", null, Map.of("email", "student" + n + "@example.org", "password", "student-pass-" + n,
        "name", "Student " + n, "classCode", classCode));
    if (r.status() != 201) {
      throw new AssertionError("sign-up failed: " + r.body());
    }
    return r.json().get("token").asText();
  }

  /** A teacher's class, question set of every kind (one article, 8 questions) and quiz; returns their ids and the code. */
  Classroom classWithQuiz(String teacher, Map<String, Object> quizOptions) {
    Reply c = post("/api/classes", teacher, Map.of("name", "Class " + STUDENTS.incrementAndGet()));
    long classId = c.json().get("id").asLong();
    Reply set = post("/api/question-sets", teacher, Map.of("title", "All kinds", "articles", java.util.List.of("alpha"),
        "seed", 1));
    long setId = set.json().get("id").asLong();
    java.util.Map<String, Object> quiz = new java.util.HashMap<>(Map.of("questionSetId", setId, "classId", classId,
        "title", "Quiz on alpha", "attemptsAllowed", 2, "shuffle", true));
    quiz.putAll(quizOptions);
    Reply q = post("/api/quizzes", teacher, quiz);
    if (q.status() != 201) {
      throw new AssertionError("opening the quiz failed: " + q.body());
    }
    return new Classroom(classId, c.json().get("code").asText(), setId, q.json().get("id").asLong());
  }

  record Classroom(long classId, String code, long setId, long quizId) {}
}
