package org.factquiz.export;

import org.factquiz.generate.QuestionKind;

/** A question an export left out (or adapted), with the reason in words a teacher understands. */
public record Omission(String questionId, QuestionKind kind, String reason) {
  @Override
  public String toString() {
    return questionId + " (" + kind.wireName() + "): " + reason;
  }
}
