package org.factquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.factquiz.extract.Evidence;
import org.junit.jupiter.api.Test;

class QuestionSelectionTest {
  private static Question on(String id, QuestionKind kind, int start) {
    Evidence e = new Evidence("a.txt", 0, start, start + 10, "0123456789");
    return new Question(id, kind, "stem " + id, List.of(), List.of(), AnswerKey.ofText("x"), List.of(), "feedback", e,
        new Source("a.txt", "T", null), 2, new Tags("a.txt", List.of(), List.of(), "t"), "f-" + id);
  }

  @Test
  void aShortSetAsksAboutEachSentenceOnceWhileItCan() {
    List<Question> bank = List.of(on("q-1", QuestionKind.CLOZE, 0), on("q-2", QuestionKind.CLOZE, 50),
        on("q-3", QuestionKind.SHORT_ANSWER, 0), on("q-4", QuestionKind.SHORT_ANSWER, 100));
    for (long seed = 0; seed < 20; seed++) {
      List<Question> chosen = QuestionSelection.choose(bank, 2, seed);
      assertEquals(2, chosen.size());
      assertNotEquals(chosen.get(0).evidence().start(), chosen.get(1).evidence().start(), chosen.toString());
    }
    assertEquals(4, QuestionSelection.choose(bank, 4, 1L).stream().distinct().count());
  }
}
