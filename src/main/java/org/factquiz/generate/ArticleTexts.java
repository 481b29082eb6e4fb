package org.factquiz.generate;

import java.util.Map;
import java.util.Optional;

/**
 * The original text of each article, by article id, so that evidence can be checked verbatim and
 * widened to the sentence that names a speaker; the generator works without it, checking less.
 */
@FunctionalInterface
public interface ArticleTexts {
  Optional<String> text(String article);

  static ArticleTexts none() {
    return article -> Optional.empty();
  }

  static ArticleTexts of(Map<String, String> texts) {
    Map<String, String> copy = Map.copyOf(texts);
    return article -> Optional.ofNullable(copy.get(article));
  }
}
