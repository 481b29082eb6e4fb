package org.factquiz.generate;

import java.util.List;
import org.factquiz.extract.ArticleFacts;

/** Turns the facts of a corpus into validated questions. Deterministic for a given request. */
public interface QuestionGenerator {
  GenerationResult generate(List<ArticleFacts> corpus, GenerationRequest request);
}
