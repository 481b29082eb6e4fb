package org.factquiz.progress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.factquiz.generate.Question;

/**
 * Picks which question shows a due fact: one built from a different template than last time if
 * there is one, else a different question, so a learner recalls the fact and not the wording.
 */
public final class VariantRotator {
  /** {@code variants} in a stable order; empty when the fact has no question left. */
  public Optional<Question> next(List<Question> variants, String lastQuestionId, String lastTemplate) {
    if (variants.isEmpty()) {
      return Optional.empty();
    }
    int start = indexAfter(variants, lastQuestionId);
    for (int i = 0; i < variants.size(); i++) {
      Question q = variants.get((start + i) % variants.size());
      if (!Objects.equals(template(q), lastTemplate) && !q.id().equals(lastQuestionId)) {
        return Optional.of(q);
      }
    }
    for (int i = 0; i < variants.size(); i++) {
      Question q = variants.get((start + i) % variants.size());
      if (!q.id().equals(lastQuestionId)) {
        return Optional.of(q);
      }
    }
    return Optional.of(variants.get(0));
  }

  private static int indexAfter(List<Question> variants, String questionId) {
    for (int i = 0; i < variants.size(); i++) {
      if (variants.get(i).id().equals(questionId)) {
        return i + 1;
      }
    }
    return 0;
  }

  static String template(Question q) {
    return q.tags() == null ? null : q.tags().template();
  }
}
