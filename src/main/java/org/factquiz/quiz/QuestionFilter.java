package org.factquiz.quiz;

import java.util.Locale;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;

/** Which bank questions a teacher wants to see; a null field matches everything. */
public record QuestionFilter(String article, QuestionKind kind, Integer difficulty, String person, String body) {
  public boolean matches(Question q) {
    return (article == null || article.equals(articleOf(q)))
        && (kind == null || kind == q.kind())
        && (difficulty == null || difficulty == q.difficulty())
        && (person == null || q.tags() != null && q.tags().people().stream().anyMatch(p -> contains(p, person)))
        && (body == null || q.tags() != null && q.tags().bodies().stream().anyMatch(b -> contains(b, body)));
  }

  static String articleOf(Question q) {
    if (q.tags() != null && q.tags().article() != null) {
      return q.tags().article();
    }
    return q.evidence() == null ? null : q.evidence().article();
  }

  private static boolean contains(String value, String wanted) {
    return value.toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT));
  }
}
