package org.factquiz.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.factquiz.api.RunningApp.Classroom;
import org.junit.jupiter.api.Test;

/** Many students answering at once are all counted; concurrent submits of one attempt grade it once. */
class ConcurrentAnswersTest {
  private static final List<String> QUESTIONS = List.of("alpha-single", "alpha-multi", "alpha-tf", "alpha-cloze",
      "alpha-short", "alpha-match", "alpha-order", "alpha-year");

  @Test
  void everyAcknowledgedAnswerIsGradedAndDoubleSubmitsGradeOnce() throws Exception {
    RunningApp app = RunningApp.shared();
    String teacher = app.teacherToken();
    Classroom room = app.classWithQuiz(teacher, Map.of());
    int students = 12;
    List<String> tokens = new ArrayList<>();
    List<Long> attempts = new ArrayList<>();
    for (int i = 0; i < students; i++) {
      String t = app.newStudent(room.code());
      tokens.add(t);
      attempts.add(app.post("/api/quizzes/" + room.quizId() + "/attempts", t, null).json().get("id").asLong());
    }
    Map<String, Object> right = StudentJourneyTest.answers(true);
    ExecutorService pool = Executors.newFixedThreadPool(24);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> saves = new ArrayList<>();
      for (int s = 0; s < students; s++) {
        for (String qid : QUESTIONS) {
          String token = tokens.get(s);
          long attempt = attempts.get(s);
          saves.add(pool.submit(() -> {
            go.await();
            return app.put("/api/attempts/" + attempt + "/answers/" + qid, token, right.get(qid)).status();
          }));
        }
      }
      go.countDown();
      for (Future<Integer> f : saves) {
        assertEquals(204, f.get());
      }
      CountDownLatch submit = new CountDownLatch(1);
      List<Future<String>> results = new ArrayList<>();
      for (int s = 0; s < students; s++) {
        for (int copy = 0; copy < 3; copy++) {
          String token = tokens.get(s);
          long attempt = attempts.get(s);
          Callable<String> call = () -> {
            submit.await();
            return app.post("/api/attempts/" + attempt + "/submit", token, null).json().toString();
          };
          results.add(pool.submit(call));
        }
      }
      submit.countDown();
      for (int s = 0; s < students; s++) {
        String first = results.get(s * 3).get();
        assertEquals(first, results.get(s * 3 + 1).get(), "all submits of one attempt return the same result");
        assertEquals(first, results.get(s * 3 + 2).get());
        assertEquals(8.0, RunningApp.JSON.readTree(first).get("score").asDouble(), 0.001, first);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(students, app.get("/api/quizzes/" + room.quizId() + "/results", teacher).json().get("students").size());
  }
}
