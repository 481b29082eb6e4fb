package org.factquiz.generate;

import java.util.List;
import org.factquiz.extract.Evidence;

/**
 * A generated question. {@code id} is stable: the same fact, template and variant give the same
 * id on every run and machine. {@code premises} is used by matching only (left-hand items);
 * {@code options} holds the choices (for matching, the right-hand items). {@code factId} names
 * the fact the question tests, so study can schedule per fact.
 */
public record Question(
    String id,
    QuestionKind kind,
    String stem,
    List<Choice> premises,
    List<Choice> options,
    AnswerKey key,
    List<String> accepted,
    String feedback,
    Evidence evidence,
    Source source,
    int difficulty,
    Tags tags,
    String factId) {
  public Question {
    premises = premises == null ? List.of() : List.copyOf(premises);
    options = options == null ? List.of() : List.copyOf(options);
    accepted = accepted == null ? List.of() : List.copyOf(accepted);
  }
}
