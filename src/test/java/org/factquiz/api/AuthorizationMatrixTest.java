package org.factquiz.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.factquiz.api.RunningApp.Classroom;
import org.factquiz.api.RunningApp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every route × anonymous, the student who owns the attempt, another student of the same class,
 * and the teacher: the status each must get. A route missing from the matrix fails the test.
 */
class AuthorizationMatrixTest {
  static RunningApp app;
  static String teacher;
  static String student;
  static String other;
  static Classroom room;
  static long attempt;
  static long spareSet;

  @BeforeAll
  static void start() {
    app = RunningApp.shared();
    teacher = app.teacherToken();
    room = app.classWithQuiz(teacher, Map.of());
    student = app.newStudent(room.code());
    other = app.newStudent(room.code());
    attempt = app.post("/api/quizzes/" + room.quizId() + "/attempts", student, null).json().get("id").asLong();
    spareSet = app.post("/api/question-sets", teacher, Map.of("title", "spare", "seed", 3)).json().get("id").asLong();
  }

  /** A request and the statuses for anonymous, student, other student, teacher. */
  record Case(String route, String method, String path, Object body, int anonymous, int owner, int otherStudent, int teacher) {}

  List<Case> cases() {
    String set = "/api/question-sets/" + room.setId();
    String q = set + "/questions/alpha-single";
    String a = "/api/attempts/" + attempt;
    Map<String, Object> edit = Map.of("stem", "Which city?", "options", List.of(Map.of("id", "a", "text", "Oslo"),
        Map.of("id", "c", "text", "Quito")), "key", Map.of("choices", List.of("c")));
    Map<String, Object> quiz = Map.of("questionSetId", room.setId(), "classId", room.classId(), "title", "Again",
        "attemptsAllowed", 1);
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("POST /api/auth/signup", "POST", "/api/auth/signup", Map.of("email", "m@example.org",
        "password", "long-enough", "name", "M", "classCode", "NOPE2345"), 422, 422, 422, 422));
    cases.add(new Case("POST /api/auth/signin", "POST", "/api/auth/signin", Map.of("email", "no@example.org",
        "password", "wrong-password"), 401, 401, 401, 401));
    cases.add(new Case("POST /api/auth/setup", "POST", "/api/auth/setup", Map.of("setupToken", "guess", "email",
        "s@example.org", "password", "long-enough", "name", "S"), 401, 401, 401, 401));
    cases.add(new Case("GET /api/me", "GET", "/api/me", null, 401, 200, 200, 200));
    cases.add(new Case("POST /api/classes", "POST", "/api/classes", Map.of("name", "C"), 401, 403, 403, 201));
    cases.add(new Case("GET /api/classes", "GET", "/api/classes", null, 401, 200, 200, 200));
    cases.add(new Case("POST /api/classes/join", "POST", "/api/classes/join", Map.of("code", room.code()), 401, 200, 200, 403));
    cases.add(new Case("GET /api/articles", "GET", "/api/articles", null, 401, 200, 200, 200));
    cases.add(new Case("GET /api/articles/{id}", "GET", "/api/articles/alpha", null, 401, 200, 200, 200));
    cases.add(new Case("GET /api/articles/{id}/facts", "GET", "/api/articles/alpha/facts", null, 401, 200, 200, 200));
    cases.add(new Case("POST /api/articles", "POST", "/api/articles", Map.of("text",
        "Dockside, 1 May 2006 (Test Wire) -- The dock reopened on Monday.\n"), 401, 403, 403, 201));
    cases.add(new Case("GET /api/timeline", "GET", "/api/timeline", null, 401, 200, 200, 200));
    cases.add(new Case("GET /api/questions", "GET", "/api/questions", null, 401, 403, 403, 200));
    cases.add(new Case("GET /api/questions/{id}", "GET", "/api/questions/alpha-single", null, 401, 403, 403, 200));
    cases.add(new Case("POST /api/question-sets", "POST", "/api/question-sets", Map.of("title", "T", "count", 2), 401, 403,
        403, 201));
    cases.add(new Case("GET /api/question-sets", "GET", "/api/question-sets", null, 401, 403, 403, 200));
    cases.add(new Case("GET /api/question-sets/{id}", "GET", set, null, 401, 403, 403, 200));
    cases.add(new Case("POST /api/question-sets/{id}/questions/{qid}/approve", "POST", q + "/approve", null, 401, 403, 403, 200));
    cases.add(new Case("POST /api/question-sets/{id}/questions/{qid}/reject", "POST", q + "/reject", null, 401, 403, 403, 200));
    cases.add(new Case("PUT /api/question-sets/{id}/questions/{qid}", "PUT", q, edit, 401, 403, 403, 200));
    cases.add(new Case("GET /api/question-sets/{id}/export", "GET", set + "/export?format=gift", null, 401, 403, 403, 200));
    cases.add(new Case("DELETE /api/question-sets/{id}", "DELETE", "/api/question-sets/" + spareSet, null, 401, 403, 403, 204));
    cases.add(new Case("POST /api/quizzes", "POST", "/api/quizzes", quiz, 401, 403, 403, 201));
    cases.add(new Case("GET /api/quizzes", "GET", "/api/quizzes", null, 401, 200, 200, 200));
    cases.add(new Case("GET /api/quizzes/{id}/results", "GET", "/api/quizzes/" + room.quizId() + "/results", null, 401, 403,
        403, 200));
    cases.add(new Case("POST /api/quizzes/{id}/attempts", "POST", "/api/quizzes/" + room.quizId() + "/attempts", null, 401,
        201, 201, 403));
    cases.add(new Case("GET /api/attempts/{id}", "GET", a, null, 401, 200, 404, 200));
    cases.add(new Case("PUT /api/attempts/{id}/answers/{questionId}", "PUT", a + "/answers/alpha-single",
        Map.of("choices", List.of("c")), 401, 204, 404, 403));
    cases.add(new Case("GET /api/progress/me", "GET", "/api/progress/me", null, 401, 200, 200, 403));
    cases.add(new Case("GET /api/openapi.json", "GET", "/api/openapi.json", null, 200, 200, 200, 200));
    cases.add(new Case("POST /api/attempts/{id}/submit", "POST", a + "/submit", null, 401, 200, 404, 403));
    cases.add(new Case("GET /api/study/queue", "GET", "/api/study/queue?article=alpha", null, 401, 200, 200, 403));
    cases.add(new Case("GET /api/study/mistakes", "GET", "/api/study/mistakes", null, 401, 200, 200, 403));
    cases.add(new Case("POST /api/study/reviews", "POST", "/api/study/reviews", Map.of("factId", "no-such-fact",
        "questionId", "no-such-question", "rating", "good"), 401, 422, 422, 403));
    cases.add(new Case("GET /api/study/card/{questionId}", "GET", "/api/study/card/alpha-single", null, 401, 404, 404, 403));
    cases.add(new Case("GET /api/study/forecast", "GET", "/api/study/forecast", null, 401, 200, 200, 403));
    cases.add(new Case("GET /api/study/settings", "GET", "/api/study/settings", null, 401, 200, 200, 403));
    cases.add(new Case("PUT /api/study/settings", "PUT", "/api/study/settings", Map.of("desiredRetention", 0.85), 401, 200,
        200, 403));
    cases.add(new Case("GET /api/study/stats", "GET", "/api/study/stats", null, 401, 200, 200, 403));
    cases.add(new Case("POST /api/auth/signout", "POST", "/api/auth/signout", null, 401, 204, 204, 204));
    return cases;
  }

  @Test
  void everyRouteGivesEachCallerTheRightStatus() {
    List<String> wrong = new ArrayList<>();
    for (Case c : cases()) {
      Map<String, Object[]> callers = new LinkedHashMap<>();
      callers.put("anonymous", new Object[] {null, c.anonymous()});
      callers.put("other student", new Object[] {other, c.otherStudent()});
      callers.put("teacher", new Object[] {teacher, c.teacher()});
      callers.put("student", new Object[] {student, c.owner()});
      for (Map.Entry<String, Object[]> caller : callers.entrySet()) {
        Reply r = app.send(c.method(), c.path(), (String) caller.getValue()[0], c.body());
        int expected = (int) caller.getValue()[1];
        if (r.status() != expected) {
          wrong.add(c.route() + " as " + caller.getKey() + ": " + r.status() + " (expected " + expected + ") " + r.body());
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void theMatrixCoversEveryRoute() {
    Set<String> covered = new TreeSet<>();
    cases().forEach(c -> covered.add(c.route()));
    Set<String> missing = new TreeSet<>();
    RouteList.of(app).forEach(r -> {
      if (!covered.contains(r.toString())) {
        missing.add(r.toString());
      }
    });
    assertTrue(missing.isEmpty(), "routes missing from the authorization matrix: " + missing);
  }
}
