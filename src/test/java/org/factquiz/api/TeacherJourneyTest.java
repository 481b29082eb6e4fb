package org.factquiz.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factquiz.api.RunningApp.Classroom;
import org.factquiz.api.RunningApp.Reply;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A teacher reads articles, builds and reviews a set, opens it as a quiz and reads the results. */
class TeacherJourneyTest {
  static RunningApp app;
  static String teacher;

  @BeforeAll
  static void start() {
    app = RunningApp.shared();
    teacher = app.teacherToken();
  }

  @Nested
  class Articles {
    @Test
    void listsReadsAndShowsFactsOfTheContentArticles() {
      Reply list = app.get("/api/articles", teacher);
      assertEquals(200, list.status());
      assertTrue(list.json().size() >= 2);
      JsonNode alpha = find(list.json(), "id", "alpha");
      assertEquals("Harbour Town Votes to Rebuild Old Pier", alpha.get("title").asText());
      assertEquals("2003-03-04", alpha.get("dateline").get("date").asText());
      assertTrue(alpha.get("paragraphs").asInt() >= 3);

      Reply one = app.get("/api/articles/alpha", teacher);
      JsonNode first = one.json().get("paragraphs").get(0);
      assertTrue(first.get("text").asText().contains("voted on Tuesday"));
      assertTrue(first.get("end").asInt() > first.get("start").asInt());

      Reply facts = app.get("/api/articles/alpha/facts", teacher);
      assertEquals(200, facts.status());
      assertTrue(facts.json().get("people").toString().contains("Elena Brandt"), facts.body());
      assertEquals(200, app.get("/api/timeline", teacher).status());
      assertEquals(404, app.get("/api/articles/nope", teacher).status());
    }

    @Test
    void addsAPastedArticleAndReturnsItsFactsAndQuestions() {
      String text = "Lakeside, 2 June 2005 (Test Wire) -- The lake council closed the old ferry on Friday.\n\n"
          + "Councillor Ruth Adeyemi said the ferry \"had served the town well for forty years.\"\n";
      Reply added = app.post("/api/articles", teacher, Map.of("title", "Lakeside Ferry Closes", "text", text));
      assertEquals(201, added.status(), added.body());
      String id = added.json().get("article").get("id").asText();
      assertEquals("Lakeside Ferry Closes", added.json().get("article").get("title").asText());
      assertNotNull(added.json().get("facts").get("people"));
      assertEquals(8, added.json().get("questions").size());
      assertEquals(200, app.get("/api/articles/" + id, teacher).status());
      assertEquals(8, app.get("/api/questions?article=" + id, teacher).json().size());
    }
  }

  @Nested
  class Questions {
    @Test
    void filtersTheBankByArticleKindDifficultyPersonAndBody() {
      assertEquals(8, app.get("/api/questions?article=alpha", teacher).json().size());
      JsonNode cloze = app.get("/api/questions?article=alpha&kind=cloze", teacher).json();
      assertEquals(1, cloze.size());
      assertEquals(FixtureGenerator.CLOZE_KEY, cloze.get(0).get("key").get("text").asText());
      assertEquals(2, app.get("/api/questions?article=alpha&difficulty=4", teacher).json().size());
      assertEquals(2, app.get("/api/questions?article=alpha&person=quillfeather", teacher).json().size());
      assertEquals(1, app.get("/api/questions?article=alpha&body=harbour", teacher).json().size());
      assertEquals(200, app.get("/api/questions/alpha-single", teacher).status());
      assertEquals(404, app.get("/api/questions/nope", teacher).status());
    }
  }

  @Nested
  class Sets {
    @Test
    void createsReviewsEditsAndDeletesASet() {
      Reply created = app.post("/api/question-sets", teacher, Map.of("title", "Week 1", "articles", List.of("alpha", "beta"),
          "kinds", List.of("single_choice", "cloze"), "count", 3, "minDifficulty", 1, "maxDifficulty", 5, "seed", 7));
      assertEquals(201, created.status(), created.body());
      long id = created.json().get("id").asLong();
      JsonNode questions = created.json().get("questions");
      assertEquals(3, questions.size());
      questions.forEach(q -> assertEquals("pending", q.get("status").asText()));

      String base = "/api/question-sets/" + id + "/questions/";
      assertEquals("approved", app.post(base + "alpha-single/approve", teacher, null).json().get("status").asText());
      assertEquals("rejected", app.post(base + "alpha-cloze/reject", teacher, null).json().get("status").asText());

      Map<String, Object> edit = new HashMap<>(Map.of("stem", "Which city, really?", "options",
          List.of(Map.of("id", "a", "text", "Oslo"), Map.of("id", "c", "text", "Quito")), "key", Map.of("choices", List.of("a"))));
      Reply edited = app.put(base + "alpha-single", teacher, edit);
      assertEquals(200, edited.status(), edited.body());
      assertEquals(2, edited.json().get("version").asInt());
      assertEquals("Which city, really?", edited.json().get("stem").asText());

      edit.put("key", Map.of("choices", List.of("zz")));
      Reply badKey = app.put(base + "alpha-single", teacher, edit);
      assertEquals(422, badKey.status());
      assertEquals("/key/choices/0", badKey.json().get("errors").get(0).get("pointer").asText());

      Reply clozeEdit = app.put(base + "alpha-cloze", teacher, Map.of("stem", "The ____ lighthouse.", "key",
          Map.of("text", "Eiffel")));
      assertEquals(422, clozeEdit.status(), "a typed key must be supported by the evidence sentence");

      Reply reread = app.get("/api/question-sets/" + id, teacher);
      assertEquals("Which city, really?", find(reread.json().get("questions"), "id", "alpha-single").get("stem").asText());
      JsonNode summary = find(app.get("/api/question-sets", teacher).json(), "title", "Week 1");
      assertEquals(1, summary.get("approved").asInt());
      assertEquals(1, summary.get("rejected").asInt());

      Reply gift = app.get("/api/question-sets/" + id + "/export?format=gift", teacher);
      assertEquals(200, gift.status(), gift.body());
      assertTrue(gift.header("Content-Disposition").startsWith("attachment; filename="), gift.header("Content-Disposition"));
      assertTrue(gift.header("X-Export-Report").contains("format=gift"), gift.header("X-Export-Report"));
      assertTrue(gift.body().contains("Which city, really?"), "the edited version is exported");
      Reply unknown = app.get("/api/question-sets/" + id + "/export?format=pdf", teacher);
      assertEquals(400, unknown.status());
      assertTrue(unknown.json().get("detail").asText().contains("known formats"), unknown.body());

      assertEquals(204, app.delete("/api/question-sets/" + id, teacher).status());
      assertEquals(404, app.get("/api/question-sets/" + id, teacher).status());
    }
  }

  @Nested
  class Results {
    @Test
    void showsScoresPerStudentAndDifficultyAndDiscriminationPerQuestion() {
      Classroom room = app.classWithQuiz(teacher, Map.of("shuffle", false));
      Map<String, Object> right = StudentJourneyTest.answers(true);
      Map<String, Object> wrong = StudentJourneyTest.answers(false);
      int[] rightCounts = {8, 5, 2};
      for (int s = 0; s < 3; s++) {
        String student = app.newStudent(room.code());
        long attempt = app.post("/api/quizzes/" + room.quizId() + "/attempts", student, null).json().get("id").asLong();
        int n = 0;
        for (String qid : List.of("alpha-single", "alpha-multi", "alpha-tf", "alpha-cloze", "alpha-short", "alpha-match",
            "alpha-order", "alpha-year")) {
          Object answer = n++ < rightCounts[s] ? right.get(qid) : wrong.get(qid);
          assertEquals(204, app.put("/api/attempts/" + attempt + "/answers/" + qid, student, answer).status());
        }
        assertEquals(200, app.post("/api/attempts/" + attempt + "/submit", student, null).status());
      }
      Reply results = app.get("/api/quizzes/" + room.quizId() + "/results", teacher);
      assertEquals(200, results.status(), results.body());
      assertEquals(3, results.json().get("students").size());
      assertEquals(8.0, results.json().get("students").get(0).get("score").asDouble(), 0.001);
      JsonNode items = results.json().get("items");
      assertEquals(8, items.size());
      JsonNode single = find(items, "questionId", "alpha-single");
      assertEquals(1.0, single.get("difficulty").asDouble(), 0.001);
      assertTrue(single.get("discrimination").isNull(), "no spread, no discrimination");
      JsonNode cloze = find(items, "questionId", "alpha-cloze");
      assertEquals(2.0 / 3, cloze.get("difficulty").asDouble(), 0.001);
      assertTrue(cloze.get("discrimination").asDouble() > 0.5, cloze.toString());
      assertFalse(app.get("/api/quizzes", teacher).json().isEmpty());
    }
  }

  static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (value.equals(n.get(field).asText())) {
        return n;
      }
    }
    throw new AssertionError("no element with " + field + " = " + value + " in " + array);
  }
}
