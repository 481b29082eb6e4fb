package org.factquiz.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factquiz.generate.Question;

/**
 * A question set opened to a class: a snapshot of its questions (later edits of the set do not
 * change a running quiz), an optional time limit, how many attempts a student has, and shuffling.
 */
public record Quiz(long id, long ownerId, long classId, String title, Integer timeLimitSeconds, int attemptsAllowed,
    boolean shuffle, Instant createdAt, List<Question> questions) {
  public Quiz {
    questions = List.copyOf(questions);
  }

  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }
}
