package org.factquiz.generate;

import java.util.List;

/** A list of questions, as written by {@code generate --out SET.json}: {"questions": [...]}. */
public record QuestionSet(List<Question> questions) {
  public QuestionSet {
    questions = List.copyOf(questions);
  }
}
