package org.factquiz.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factquiz.api.RunningApp.Classroom;
import org.factquiz.api.RunningApp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A student joins, takes a quiz with every kind of question, resumes, submits and sees progress. */
class StudentJourneyTest {
  static RunningApp app;
  static String teacher;

  @BeforeAll
  static void start() {
    app = RunningApp.shared();
    teacher = app.teacherToken();
  }

  static Map<String, Object> answers(boolean allRight) {
    Map<String, Object> a = new HashMap<>();
    a.put("alpha-single", Map.of("choices", List.of(allRight ? "c" : "a")));
    a.put("alpha-multi", Map.of("choices", allRight ? List.of("a", "b") : List.of("a", "c")));
    a.put("alpha-tf", Map.of("choices", List.of("false")));
    a.put("alpha-cloze", Map.of("text", allRight ? "marrowgate" : "Lighthouse"));
    a.put("alpha-short", Map.of("text", allRight ? "Ada Quilfeather" : "Nobody"));
    a.put("alpha-match", Map.of("pairs", allRight ? Map.of("p1", "x", "p2", "y", "p3", "z") : Map.of("p1", "x", "p2", "z", "p3", "y")));
    a.put("alpha-order", Map.of("choices", allRight ? List.of("o1", "o2", "o3", "o4") : List.of("o2", "o1", "o3", "o4")));
    a.put("alpha-year", Map.of("number", allRight ? 1987 : 1990));
    return a;
  }

  @Nested
  class WholeJourney {
    @Test
    void joinsTakesEveryKindResumesSubmitsAndSeesProgress() {
      Classroom room = app.classWithQuiz(teacher, Map.of());
      String student = app.newStudent(room.code());

      Reply me = app.get("/api/me", student);
      assertEquals("student", me.json().get("role").asText());
      Reply quizzes = app.get("/api/quizzes", student);
      assertEquals(200, quizzes.status());
      assertEquals(room.quizId(), quizzes.json().get(0).get("id").asLong());
      assertEquals(8, quizzes.json().get(0).get("questionCount").asInt());

      Reply started = app.post("/api/quizzes/" + room.quizId() + "/attempts", student, null);
      assertEquals(201, started.status(), started.body());
      long attemptId = started.json().get("id").asLong();
      assertEquals("open", started.json().get("status").asText());
      assertEquals(8, started.json().get("questions").size());

      Map<String, Object> partlyWrong = answers(false);
      Map<String, Object> right = answers(true);
      for (String qid : List.of("alpha-single", "alpha-multi", "alpha-tf", "alpha-cloze")) {
        Reply saved = app.put("/api/attempts/" + attemptId + "/answers/" + qid, student, right.get(qid));
        assertEquals(204, saved.status(), saved.body());
      }
      for (String qid : List.of("alpha-short", "alpha-match", "alpha-order", "alpha-year")) {
        assertEquals(204, app.put("/api/attempts/" + attemptId + "/answers/" + qid, student, partlyWrong.get(qid)).status());
      }

      // A reload: starting again resumes the same attempt with the saved answers.
      Reply resumed = app.post("/api/quizzes/" + room.quizId() + "/attempts", student, null);
      assertEquals(attemptId, resumed.json().get("id").asLong());
      assertEquals(8, resumed.json().get("answers").size());
      assertEquals("marrowgate", resumed.json().get("answers").get("alpha-cloze").get("text").asText());
      assertEquals(started.json().get("questions"), resumed.json().get("questions"), "the layout is the same on every reload");

      Reply result = app.post("/api/attempts/" + attemptId + "/submit", student, null);
      assertEquals(200, result.status(), result.body());
      Map<String, JsonNode> byId = new HashMap<>();
      result.json().get("questions").forEach(q -> byId.put(q.get("id").asText(), q));
      assertEquals("correct", byId.get("alpha-single").get("outcome").asText());
      assertEquals("correct", byId.get("alpha-cloze").get("outcome").asText());
      assertEquals("incorrect", byId.get("alpha-short").get("outcome").asText());
      assertEquals("partial", byId.get("alpha-match").get("outcome").asText());
      assertEquals(1.0 / 3, byId.get("alpha-match").get("credit").asDouble(), 0.001);
      assertEquals("partial", byId.get("alpha-order").get("outcome").asText());
      assertEquals(5.0 / 6, byId.get("alpha-order").get("credit").asDouble(), 0.001);
      assertEquals("incorrect", byId.get("alpha-year").get("outcome").asText());
      assertTrue(byId.get("alpha-cloze").get("reason").asText().contains("case"), byId.get("alpha-cloze").toString());
      JsonNode evidence = byId.get("alpha-single").get("evidence");
      assertEquals("alpha", evidence.get("article").asText());
      assertFalse(evidence.get("sentence").asText().isEmpty());
      assertNotNull(byId.get("alpha-single").get("key"));
      double expected = 1 + 1 + 1 + 1 + 0 + 1.0 / 3 + 5.0 / 6 + 0;
      assertEquals(expected, result.json().get("score").asDouble(), 0.01);
      assertEquals(8, result.json().get("maxScore").asDouble());

      Reply again = app.post("/api/attempts/" + attemptId + "/submit", student, null);
      assertEquals(result.json(), again.json(), "submitting twice returns the same result");

      Reply late = app.put("/api/attempts/" + attemptId + "/answers/alpha-short", student, right.get("alpha-short"));
      assertEquals(409, late.status());
      assertTrue(late.json().get("detail").asText().contains("submitted"));

      Reply progress = app.get("/api/progress/me", student);
      assertEquals(200, progress.status());
      assertEquals(1, progress.json().get("history").size());
      assertEquals(expected, progress.json().get("history").get(0).get("score").asDouble(), 0.01);
      JsonNode kinds = progress.json().get("mastery").get("kinds");
      assertEquals(8, kinds.size());
      assertEquals("alpha", progress.json().get("mastery").get("articles").get(0).get("key").asText());
      assertEquals("Ada Quillfeather", progress.json().get("mastery").get("people").get(0).get("key").asText());
      assertEquals(4, progress.json().get("missed").size(), progress.json().get("missed").toString());

      Reply second = app.post("/api/quizzes/" + room.quizId() + "/attempts", student, null);
      assertEquals(201, second.status());
      assertEquals(2, second.json().get("number").asInt());
      assertEquals(200, app.post("/api/attempts/" + second.json().get("id").asLong() + "/submit", student, null).status());
      Reply third = app.post("/api/quizzes/" + room.quizId() + "/attempts", student, null);
      assertEquals(409, third.status(), "two attempts allowed, both used");
    }
  }

  @Nested
  class TimeLimit {
    @Test
    void refusesAnswersPastTheDeadlineButStillGradesWhatWasSaved() {
      Classroom room = app.classWithQuiz(teacher, Map.of("timeLimitSeconds", 60));
      String student = app.newStudent(room.code());
      Reply started = app.post("/api/quizzes/" + room.quizId() + "/attempts", student, null);
      long id = started.json().get("id").asLong();
      assertNotNull(started.json().get("deadline").asText());
      assertEquals(204, app.put("/api/attempts/" + id + "/answers/alpha-single", student, Map.of("choices", List.of("c"))).status());
      app.clock.advance(Duration.ofSeconds(61));
      Reply late = app.put("/api/attempts/" + id + "/answers/alpha-tf", student, Map.of("choices", List.of("false")));
      assertEquals(409, late.status());
      assertTrue(late.json().get("detail").asText().contains("time limit"), late.body());
      Reply result = app.post("/api/attempts/" + id + "/submit", student, null);
      assertEquals(1.0, result.json().get("score").asDouble(), 0.001);
    }
  }
}
