package org.factquiz.quiz;

import org.factquiz.content.Article;
import org.factquiz.extract.ArticleFacts;

/** One article of the library with its facts, and where it came from ("content" or "teacher"). */
public record LibraryEntry(Article article, ArticleFacts facts, String origin) {
  public static final String CONTENT = "content";
  public static final String TEACHER = "teacher";
}
