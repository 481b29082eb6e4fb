package org.factquiz.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.factquiz.api.RunningApp.Classroom;
import org.factquiz.api.RunningApp.Reply;
import org.junit.jupiter.api.Test;

/**
 * Scans every answer a student gets before submitting for key material: no field that holds a
 * key, accepted answers, feedback or evidence, none of the typed or numeric keys, and an
 * ordering question never shown in its key's order.
 */
class KeyLeakTest {
  private static final Set<String> KEY_FIELDS = Set.of("key", "keyText", "accepted", "feedback", "evidence", "reason",
      "outcome", "credit", "factId", "tags", "source", "result");
  private static final List<Pattern> KEY_VALUES = List.of(Pattern.compile(FixtureGenerator.CLOZE_KEY, Pattern.CASE_INSENSITIVE),
      Pattern.compile(FixtureGenerator.SHORT_KEY, Pattern.CASE_INSENSITIVE), Pattern.compile("\\b1987(\\.0)?\\b"));

  @Test
  void studentsReceiveNoKeyMaterialBeforeSubmitting() {
    RunningApp app = RunningApp.shared();
    String teacher = app.teacherToken();
    Classroom room = app.classWithQuiz(teacher, Map.of("shuffle", false));
    String student = app.newStudent(room.code());
    List<Reply> replies = new ArrayList<>();
    replies.add(app.get("/api/me", student));
    replies.add(app.get("/api/classes", student));
    replies.add(app.get("/api/quizzes", student));
    Reply started = app.post("/api/quizzes/" + room.quizId() + "/attempts", student, null);
    replies.add(started);
    long id = started.json().get("id").asLong();
    replies.add(app.put("/api/attempts/" + id + "/answers/alpha-cloze", student, Map.of("text", "a guess")));
    replies.add(app.put("/api/attempts/" + id + "/answers/alpha-order", student, Map.of("choices", List.of("o2", "o1"))));
    replies.add(app.put("/api/attempts/" + id + "/answers/alpha-single", student, Map.of("choices", List.of("zz"))));
    replies.add(app.get("/api/attempts/" + id, student));
    replies.add(app.post("/api/quizzes/" + room.quizId() + "/attempts", student, null));
    replies.add(app.get("/api/progress/me", student));
    replies.add(app.get("/api/questions", student));
    replies.add(app.get("/api/question-sets/" + room.setId(), student));

    for (Reply r : replies) {
      List<String> fields = new ArrayList<>();
      collectFields(r.json(), fields);
      for (String f : fields) {
        assertFalse(KEY_FIELDS.contains(f), "field \"" + f + "\" reached a student: " + r.body());
      }
      for (Pattern p : KEY_VALUES) {
        assertFalse(p.matcher(r.body()).find(), "key value " + p + " reached a student: " + r.body());
      }
    }
    JsonNode ordering = null;
    for (JsonNode q : started.json().get("questions")) {
      if (q.get("kind").asText().equals("ordering")) {
        ordering = q;
      }
    }
    assertTrue(ordering != null);
    List<String> shown = ordering.get("options").findValuesAsText("id");
    assertNotEquals(List.of("o1", "o2", "o3", "o4"), shown, "an ordering question is never shown in its key's order");

    Reply result = app.post("/api/attempts/" + id + "/submit", student, null);
    assertEquals(200, result.status());
    assertTrue(result.body().contains(FixtureGenerator.CLOZE_KEY), "after submitting, the keys are shown");
  }

  private static void collectFields(JsonNode node, List<String> out) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getValue().isNull()) {
          out.add(e.getKey());
        }
        collectFields(e.getValue(), out);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collectFields(n, out));
    }
  }
}
