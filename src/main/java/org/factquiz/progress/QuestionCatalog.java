package org.factquiz.progress;

import java.util.List;
import java.util.Set;
import org.factquiz.generate.Question;

/** The questions study can show, looked up by fact, article or class; the backend supplies it. */
public interface QuestionCatalog {
  /** Every question that tests the fact, in a stable order. */
  List<Question> questionsOfFact(String factId);

  /** The ids of the facts of an article that have at least one question, in article order. */
  List<String> factsOfArticle(String article);

  /** The articles behind the quizzes opened to a class. */
  Set<String> articlesOfClass(String classId);
}
