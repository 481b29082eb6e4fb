package org.factquiz.generate;

import java.util.List;
import java.util.Set;

/**
 * What to generate: articles (ids; empty means all), kinds (empty means all), how many questions
 * at most (null means the whole bank), a difficulty range (1 to 5, inclusive) and a seed.
 */
public record GenerationRequest(
    List<String> articles, Set<QuestionKind> kinds, Integer count, int minDifficulty, int maxDifficulty, long seed) {
  public GenerationRequest {
    articles = articles == null ? List.of() : List.copyOf(articles);
    kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
  }

  public static GenerationRequest wholeBank() {
    return new GenerationRequest(List.of(), Set.of(), null, 1, 5, 0L);
  }
}
