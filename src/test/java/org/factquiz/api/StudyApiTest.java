package org.factquiz.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factquiz.api.RunningApp.Classroom;
import org.factquiz.api.RunningApp.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Study mode over real HTTP against the production wiring with a hand-moved clock: a student
 * studies the facts of an article, a quiz feeds the scheduler, and time passes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudyApiTest {
  static RunningApp app;
  static String student;
  static Classroom room;

  @BeforeAll
  static void start() {
    app = RunningApp.fresh();
    room = app.classWithQuiz(app.teacherToken(), Map.of());
    student = app.newStudent(room.code());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static List<JsonNode> queue(String query) {
    Reply r = app.get("/api/study/queue" + query, student);
    assertEquals(200, r.status(), r.body());
    List<JsonNode> cards = new ArrayList<>();
    r.json().forEach(cards::add);
    return cards;
  }

  @Test
  @Order(1)
  void theQueueOffersNewFactsOfAnArticleWithoutKeys() {
    List<JsonNode> cards = queue("?article=beta&limit=50");
    assertEquals(8, cards.size());
    for (JsonNode card : cards) {
      assertTrue(card.get("due").isNull());
      assertFalse(card.get("question").has("key"));
      assertFalse(card.get("question").toString().contains(FixtureGenerator.SHORT_KEY));
    }
    assertEquals(List.of(), queue(""), "nothing is due before any review");
  }

  @Test
  @Order(2)
  void aRatedReviewSchedulesTheFactAndTheCardBackShowsTheAnswer() {
    Reply review = app.post("/api/study/reviews", student, Map.of("factId", "beta-fact-short", "questionId", "beta-short",
        "rating", "good"));
    assertEquals(200, review.status(), review.body());
    assertEquals(2, review.json().get("interval").asInt());
    assertEquals(2.3065, review.json().get("stability").asDouble(), 1e-3);
    Reply back = app.get("/api/study/card/beta-short", student);
    assertEquals(200, back.status());
    assertEquals(FixtureGenerator.SHORT_KEY, back.json().get("answer").asText());
    assertTrue(back.json().get("evidence").get("sentence").asText().contains("lighthouse"));
  }

  @Test
  @Order(3)
  void aWrongAnswerIsGradedAsAgainAndBecomesAMistake() {
    Reply review = app.post("/api/study/reviews", student, Map.of("factId", "beta-fact-year", "questionId", "beta-year",
        "answer", Map.of("number", 1900), "elapsedMs", 3000));
    assertEquals(200, review.status(), review.body());
    assertEquals("again", review.json().get("rating").asText());
    assertEquals("incorrect", review.json().get("outcome").asText());
    JsonNode mistakes = app.get("/api/study/mistakes", student).json();
    assertEquals("beta-fact-year", mistakes.get(0).get("factId").asText());
  }

  @Test
  @Order(4)
  void questionsOfAQuizOpenToTheStudentAreWithheld() {
    assertEquals(404, app.get("/api/study/card/alpha-single", student).status());
    assertEquals(404, app.post("/api/study/reviews", student, Map.of("factId", "alpha-fact-single",
        "questionId", "alpha-single", "rating", "good")).status());
    assertEquals(List.of(), queue("?article=alpha"));
  }

  @Test
  @Order(5)
  void submittedQuizAnswersFeedTheScheduler() {
    long attempt = app.post("/api/quizzes/" + room.quizId() + "/attempts", student, null).json().get("id").asLong();
    assertEquals(204, app.put("/api/attempts/" + attempt + "/answers/alpha-single", student,
        Map.of("choices", List.of("c"))).status());
    assertEquals(200, app.post("/api/attempts/" + attempt + "/submit", student, null).status());
    JsonNode stats = app.get("/api/study/stats", student).json();
    assertEquals(2 + 8, stats.get("factsMet").asInt(), stats.toString());
  }

  @Test
  @Order(6)
  void factsComeBackWhenDueAndTheForecastCountsThem() {
    app.clock.advance(Duration.ofMinutes(11));
    List<String> due = queue("").stream().map(c -> c.get("factId").asText()).toList();
    assertTrue(due.contains("beta-fact-year"), due.toString());
    assertFalse(due.contains("beta-fact-short"), due.toString());
    JsonNode forecast = app.get("/api/study/forecast", student).json();
    assertEquals(30, forecast.size());
    assertTrue(forecast.get(2).get("due").asInt() >= 1, forecast.toString());
    app.clock.advance(Duration.ofDays(3));
    assertTrue(queue("").stream().anyMatch(c -> c.get("factId").asText().equals("beta-fact-short")));
  }

  @Test
  @Order(7)
  void desiredRetentionIsAdjustableWithinItsRange() {
    Reply bad = app.put("/api/study/settings", student, Map.of("desiredRetention", 0.99));
    assertEquals(422, bad.status());
    assertEquals("/desiredRetention", bad.json().get("errors").get(0).get("pointer").asText());
    Reply ok = app.put("/api/study/settings", student, Map.of("desiredRetention", 0.8));
    assertEquals(200, ok.status(), ok.body());
    assertEquals(0.8, app.get("/api/study/settings", student).json().get("desiredRetention").asDouble(), 1e-9);
    Reply badRating = app.post("/api/study/reviews", student, Map.of("factId", "beta-fact-tf", "questionId", "beta-tf",
        "rating", "brilliant"));
    assertEquals(422, badRating.status());
  }
}
