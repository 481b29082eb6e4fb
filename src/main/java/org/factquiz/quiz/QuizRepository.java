package org.factquiz.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factquiz.generate.Question;

/** Stores quizzes with the snapshot of their questions. */
public interface QuizRepository {
  Quiz create(long ownerId, long classId, String title, Integer timeLimitSeconds, int attemptsAllowed, boolean shuffle,
      Instant createdAt, List<Question> questions);

  Optional<Quiz> find(long id);

  List<Long> idsOfOwner(long ownerId);

  /** Quizzes opened to any class the student belongs to. */
  List<Long> idsOpenTo(long studentId);
}
