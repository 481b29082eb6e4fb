package org.factquiz.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.factquiz.api.RunningApp.Classroom;
import org.factquiz.api.RunningApp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gets a problem detail that says what is wrong, and loses nothing. */
class BadInputTest {
  static RunningApp app;
  static String teacher;

  @BeforeAll
  static void start() {
    app = RunningApp.shared();
    teacher = app.teacherToken();
  }

  static void assertProblem(Reply r, int status) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.header("Content-Type"));
    assertEquals(status, r.json().get("status").asInt());
    assertFalse(r.json().get("detail").asText().isBlank());
    assertNotNull(r.json().get("type"));
    assertNotNull(r.json().get("title"));
    assertFalse(r.body().contains("org.factquiz") || r.body().contains("Exception") || r.body().contains("\tat "),
        "no class names or stack traces: " + r.body());
  }

  @Nested
  class Bodies {
    @Test
    void malformedJsonIs400() {
      assertProblem(app.send("POST", "/api/auth/signin", null, "{\"email\": "), 400);
    }

    @Test
    void missingAndInvalidFieldsAre422WithPointers() {
      Reply r = app.post("/api/auth/signup", null, Map.of("email", "not-an-email", "password", "short", "name", "X",
          "classCode", "ABC"));
      assertProblem(r, 422);
      List<String> pointers = r.json().get("errors").findValuesAsText("pointer");
      assertTrue(pointers.containsAll(List.of("/email", "/password")), pointers.toString());
    }

    @Test
    void anEmptyBodyIs422ForTheWholeBody() {
      Reply r = app.raw("POST", "/api/classes", teacher, "application/json", "");
      assertProblem(r, 422);
    }

    @Test
    void aWrongTypeOrAnUnknownFieldIs422AtThatField() {
      Reply wrongType = app.post("/api/classes", teacher, Map.of("name", List.of(1, 2)));
      assertProblem(wrongType, 422);
      assertEquals("/name", wrongType.json().get("errors").get(0).get("pointer").asText());
      Reply unknown = app.post("/api/classes", teacher, Map.of("name", "A", "colour", "red"));
      assertProblem(unknown, 422);
      assertTrue(unknown.json().get("detail").asText().contains("colour"));
    }

    @Test
    void anUnknownClassCodeIs422AtClassCode() {
      Reply r = app.post("/api/auth/signup", null, Map.of("email", "x@example.org", "password", "long-enough", "name", "X",
          "classCode", "NOPE2345"));
      assertProblem(r, 422);
      assertEquals("/classCode", r.json().get("errors").get(0).get("pointer").asText());
    }

    @Test
    void anAnswerOfTheWrongShapeIs422AndTheAttemptKeepsItsAnswers() {
      Classroom room = app.classWithQuiz(teacher, Map.of());
      String student = app.newStudent(room.code());
      long id = app.post("/api/quizzes/" + room.quizId() + "/attempts", student, null).json().get("id").asLong();
      assertEquals(204, app.put("/api/attempts/" + id + "/answers/alpha-single", student, Map.of("choices", List.of("c")))
          .status());
      Reply notAnOption = app.put("/api/attempts/" + id + "/answers/alpha-single", student, Map.of("choices", List.of("zz")));
      assertProblem(notAnOption, 422);
      assertEquals("/choices/0", notAnOption.json().get("errors").get(0).get("pointer").asText());
      assertProblem(app.put("/api/attempts/" + id + "/answers/alpha-single", student, Map.of("text", "Quito")), 422);
      assertProblem(app.put("/api/attempts/" + id + "/answers/nope", student, Map.of("text", "x")), 404);
      Reply attempt = app.get("/api/attempts/" + id, student);
      assertEquals("c", attempt.json().get("answers").get("alpha-single").get("choices").get(0).asText());
    }

    @Test
    void aDuplicateEmailIs409() {
      Classroom room = app.classWithQuiz(teacher, Map.of());
      Map<String, Object> body = Map.of("email", "twice@example.org", "password", "long-enough", "name", "T",
          "classCode", room.code());
      assertEquals(201, app.post("/api/auth/signup", null, body).status());
      assertProblem(app.post("/api/auth/signup", null, body), 409);
    }
  }

  @Nested
  class Transport {
    @Test
    void aBodyOverOneMebibyteIs413() {
      String big = "{\"name\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";
      assertProblem(app.raw("POST", "/api/classes", teacher, "application/json", big), 413);
    }

    @Test
    void aChunkedBodyOverOneMebibyteIs413() throws Exception {
      byte[] big = ("{\"name\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
      HttpRequest request = HttpRequest.newBuilder(URI.create(app.app.uri() + "/api/classes"))
          .header("Authorization", "Bearer " + teacher).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(big))).build();
      HttpResponse<String> r = app.http.send(request, HttpResponse.BodyHandlers.ofString());
      assertEquals(413, r.statusCode());
    }

    @Test
    void aWrongMediaTypeIs415() {
      assertProblem(app.raw("POST", "/api/classes", teacher, "text/plain", "name=x"), 415);
    }

    @Test
    void unknownRoutesAreJson404s() {
      assertProblem(app.get("/api/nope", teacher), 404);
      assertProblem(app.post("/api/nope", teacher, Map.of()), 404);
      assertProblem(app.get("/no-such-page.html", null), 404);
      assertProblem(app.get("/../../etc/passwd", null), 404);
    }

    @Test
    void aWrongMethodIs405() {
      assertProblem(app.delete("/api/me", teacher), 405);
    }

    @Test
    void anInvalidQueryParameterIs400NamingIt() {
      Reply r = app.get("/api/questions?difficulty=9", teacher);
      assertProblem(r, 400);
      assertEquals("difficulty", r.json().get("errors").get(0).get("parameter").asText());
      assertProblem(app.get("/api/questions?kind=essay", teacher), 400);
    }

    @Test
    void aBadTokenIs401AndNoTokenIs401() {
      assertProblem(app.get("/api/me", "not-a-token"), 401);
      assertProblem(app.get("/api/me", null), 401);
      assertEquals("Bearer", app.get("/api/me", null).header("WWW-Authenticate"));
    }

    @Test
    void anUnexpectedFailureIs500WithOnlyALogId() {
      Reply r = app.post("/api/question-sets", teacher, Map.of("title", "boom", "seed", FixtureGenerator.FAILING_SEED));
      assertProblem(r, 500);
      String logId = r.json().get("logId").asText();
      assertTrue(r.json().get("detail").asText().contains(logId));
      assertFalse(r.body().contains("fixture generator asked to fail"), "the cause stays in the log");
    }

    @Test
    void pagesAndAnswersCarrySecurityHeaders() throws IOException {
      Reply page = app.get("/", null);
      assertEquals(200, page.status());
      String csp = page.header("Content-Security-Policy");
      assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
      assertEquals("nosniff", page.header("X-Content-Type-Options"));
      assertEquals("no-store", app.get("/api/me", teacher).header("Cache-Control"));
    }
  }
}
