package org.factquiz.progress;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factquiz.generate.Question;
import org.factquiz.quiz.Library;
import org.factquiz.quiz.QuestionFilter;

/**
 * The study catalog over the library's question bank, indexed by fact and article; the index is
 * rebuilt whenever the library loads a new snapshot (a teacher added an article).
 */
public final class BankQuestionCatalog implements QuestionCatalog {
  private static final QuestionFilter ALL = new QuestionFilter(null, null, null, null, null);

  private final Library library;
  private volatile Index index = new Index(null, Map.of(), Map.of());

  public BankQuestionCatalog(Library library) {
    this.library = library;
  }

  @Override
  public List<Question> questionsOfFact(String factId) {
    return current().byFact.getOrDefault(factId, List.of());
  }

  @Override
  public List<String> factsOfArticle(String article) {
    return current().factsByArticle.getOrDefault(article, List.of());
  }

  @Override
  public Optional<Question> question(String questionId) {
    return library.question(questionId);
  }

  private Index current() {
    Object snapshot = library.entries();
    Index i = index;
    if (i.snapshot != snapshot) {
      i = build(snapshot, library.questions(ALL));
      index = i;
    }
    return i;
  }

  private static Index build(Object snapshot, List<Question> questions) {
    Map<String, List<Question>> byFact = new LinkedHashMap<>();
    List<Question> ordered = new ArrayList<>(questions);
    ordered.sort(Comparator.comparing(Question::id));
    for (Question q : ordered) {
      if (q.factId() != null) {
        byFact.computeIfAbsent(q.factId(), k -> new ArrayList<>()).add(q);
      }
    }
    Map<String, List<String>> factsByArticle = new LinkedHashMap<>();
    byFact.values().stream()
        .map(list -> list.get(0))
        .sorted(Comparator.comparingInt(BankQuestionCatalog::position))
        .forEach(q -> factsByArticle.computeIfAbsent(articleOf(q), k -> new ArrayList<>()).add(q.factId()));
    return new Index(snapshot, byFact, factsByArticle);
  }

  private static int position(Question q) {
    return q.evidence() == null ? Integer.MAX_VALUE : q.evidence().start();
  }

  private static String articleOf(Question q) {
    if (q.tags() != null && q.tags().article() != null) {
      return q.tags().article();
    }
    return q.evidence() == null ? "" : q.evidence().article();
  }

  /** The bank grouped by fact and article, for one library snapshot. */
  private record Index(Object snapshot, Map<String, List<Question>> byFact, Map<String, List<String>> factsByArticle) {}
}
