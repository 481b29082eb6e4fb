package org.factquiz.progress;

import java.util.List;
import java.util.Optional;
import org.factquiz.generate.Question;

/** The questions study can show, looked up by fact or by article; the question bank supplies it. */
public interface QuestionCatalog {
  /** Every question that tests the fact, in a stable order. */
  List<Question> questionsOfFact(String factId);

  /** The ids of the facts of an article that have at least one question, in article order. */
  List<String> factsOfArticle(String article);

  /** The question with this id, when the bank has it. */
  Optional<Question> question(String questionId);
}
