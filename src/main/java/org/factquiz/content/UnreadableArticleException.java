package org.factquiz.content;

import org.factquiz.FactQuizException;

/** An article that cannot be read as text: empty, binary, or too large. Names the article. */
public final class UnreadableArticleException extends FactQuizException {
  public UnreadableArticleException(String article, String why) {
    super(article + ": " + why);
  }
}
