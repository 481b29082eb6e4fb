package org.factquiz.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.factquiz.api.RunningApp.Classroom;
import org.factquiz.api.RunningApp.Reply;
import org.junit.jupiter.api.Test;

/** A restart over the same database loses nothing and does not regenerate unchanged content. */
class RestartTest {
  @Test
  void aRestartKeepsAccountsTokensAnswersResultsAndTheBank() {
    RunningApp app = RunningApp.fresh();
    try {
      assertEquals(1, app.generator.calls.get(), "first start generates the bank");
      String teacher = app.teacherToken();
      Classroom room = app.classWithQuiz(teacher, Map.of());
      String student = app.newStudent(room.code());
      long attempt = app.post("/api/quizzes/" + room.quizId() + "/attempts", student, null).json().get("id").asLong();
      assertEquals(204, app.put("/api/attempts/" + attempt + "/answers/alpha-single", student, Map.of("choices", List.of("c")))
          .status());
      String finished = app.newStudent(room.code());
      long done = app.post("/api/quizzes/" + room.quizId() + "/attempts", finished, null).json().get("id").asLong();
      app.put("/api/attempts/" + done + "/answers/alpha-tf", finished, Map.of("choices", List.of("false")));
      Reply result = app.post("/api/attempts/" + done + "/submit", finished, null);
      Reply setBefore = app.get("/api/question-sets/" + room.setId(), teacher);

      app = app.restart();

      assertEquals(0, app.generator.calls.get(), "unchanged content is not generated again");
      assertEquals(200, app.get("/api/me", student).status(), "tokens survive a restart");
      assertEquals(2, app.get("/api/articles", teacher).json().size());
      assertEquals(8, app.get("/api/questions?article=alpha", teacher).json().size());
      assertEquals(setBefore.json(), app.get("/api/question-sets/" + room.setId(), teacher).json());
      Reply resumed = app.get("/api/attempts/" + attempt, student);
      assertEquals("c", resumed.json().get("answers").get("alpha-single").get("choices").get(0).asText());
      assertEquals(result.json(), app.post("/api/attempts/" + done + "/submit", finished, null).json());
      assertEquals(1, app.get("/api/progress/me", finished).json().get("history").size());
      assertEquals(1, app.get("/api/quizzes/" + room.quizId() + "/results", teacher).json().get("students").size(),
          "one student submitted; the open attempt is not a result yet");
    } finally {
      app.close();
    }
  }
}
