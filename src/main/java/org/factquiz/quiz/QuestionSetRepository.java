package org.factquiz.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factquiz.generate.Question;

/** Stores question sets, the review status of their questions and every edited version. */
public interface QuestionSetRepository {
  SavedQuestionSet create(long ownerId, String title, Instant createdAt, List<Question> questions);

  List<SavedQuestionSet> ofOwner(long ownerId);

  Optional<SavedQuestionSet> find(long id);

  void setStatus(long setId, String questionId, ReviewStatus status);

  /** Stores a new version of a question; earlier versions stay in the history. */
  void saveVersion(long setId, Question question, int version, long editorId, Instant editedAt);

  void delete(long id);
}
