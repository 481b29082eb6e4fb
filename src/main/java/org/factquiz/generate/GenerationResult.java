package org.factquiz.generate;

import java.util.List;

/** The questions that passed validation and the candidates that were rejected, with reasons. */
public record GenerationResult(List<Question> questions, List<Rejection> rejected) {
  public GenerationResult {
    questions = List.copyOf(questions);
    rejected = List.copyOf(rejected);
  }
}
