package org.factquiz.quiz;

import org.factquiz.content.Article;

/** Reads the raw bytes of an article file into an {@link Article}; the content reader fits it. */
@FunctionalInterface
public interface ArticleParser {
  Article read(String id, byte[] bytes);
}
