package org.factquiz.extract;

import org.factquiz.content.Article;

/** Extracts grounded facts from one read article. Implementations are thread-safe. */
public interface FactExtractor {
  ArticleFacts extract(Article article);
}
