package org.factquiz.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A question set a teacher generated, with its questions under review. */
public record SavedQuestionSet(long id, String title, long ownerId, Instant createdAt, List<SetEntry> entries) {
  public SavedQuestionSet {
    entries = List.copyOf(entries);
  }

  public Optional<SetEntry> entry(String questionId) {
    return entries.stream().filter(e -> e.question().id().equals(questionId)).findFirst();
  }
}
