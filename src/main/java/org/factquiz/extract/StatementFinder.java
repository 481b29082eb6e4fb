package org.factquiz.extract;

import java.util.List;
import org.factquiz.content.Article;

/** Finds who said what: direct quotes and reported speech, each with its speaker. */
final class StatementFinder {
  List<Statement> find(Article article, List<SentenceView> sentences, EntityIndex index) {
    return List.of();
  }
}
