package org.factquiz.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Question;

/**
 * Grades one answer against its question's key, with partial credit for multiple response
 * (right picks minus wrong picks), matching (share of right pairs) and ordering (share of pairs
 * in the right relative order), and a reason for every outcome.
 */
public final class Grader {
  private final AliasBook aliases;

  public Grader(AliasBook aliases) {
    this.aliases = aliases;
  }

  public Grade grade(Question question, Answer answer) {
    String id = question.id();
    if (answer == null || answer.isEmpty()) {
      return Grade.of(id, 0, "not answered");
    }
    AnswerKey key = question.key();
    return switch (question.kind()) {
      case SINGLE_CHOICE, TRUE_FALSE -> single(id, key, answer);
      case MULTIPLE_RESPONSE -> multiple(id, key, answer);
      case ORDERING -> ordering(id, key, answer);
      case MATCHING -> matching(id, key, answer);
      case CLOZE, SHORT_ANSWER -> text(question, answer);
      case NUMERIC -> numeric(id, key, answer);
    };
  }

  private static Grade single(String id, AnswerKey key, Answer answer) {
    if (answer.choices().size() != 1) {
      return Grade.of(id, 0, "exactly one option should be chosen");
    }
    boolean right = key.choices().contains(answer.choices().get(0));
    return Grade.of(id, right ? 1 : 0, right ? "the right option" : "not the right option");
  }

  private static Grade multiple(String id, AnswerKey key, Answer answer) {
    Set<String> picked = new LinkedHashSet<>(answer.choices());
    long right = picked.stream().filter(key.choices()::contains).count();
    long wrong = picked.size() - right;
    double credit = key.choices().isEmpty() ? 0 : (double) (right - wrong) / key.choices().size();
    return Grade.of(id, credit, String.format(Locale.ROOT, "%d of %d right options chosen, %d wrong", right,
        key.choices().size(), wrong));
  }

  private static Grade ordering(String id, AnswerKey key, Answer answer) {
    List<String> want = key.choices();
    List<String> given = answer.choices();
    if (given.size() != want.size() || !new HashSet<>(given).equals(new HashSet<>(want))) {
      return Grade.of(id, 0, "every item should be placed exactly once");
    }
    int pairs = 0;
    int inOrder = 0;
    for (int i = 0; i < given.size(); i++) {
      for (int j = i + 1; j < given.size(); j++) {
        pairs++;
        if (want.indexOf(given.get(i)) < want.indexOf(given.get(j))) {
          inOrder++;
        }
      }
    }
    double credit = pairs == 0 ? 1 : (double) inOrder / pairs;
    return Grade.of(id, credit, String.format(Locale.ROOT, "%d of %d pairs in the right order", inOrder, pairs));
  }

  private static Grade matching(String id, AnswerKey key, Answer answer) {
    Map<String, String> want = key.pairs();
    long right = want.entrySet().stream().filter(e -> e.getValue().equals(answer.pairs().get(e.getKey()))).count();
    double credit = want.isEmpty() ? 0 : (double) right / want.size();
    return Grade.of(id, credit, String.format(Locale.ROOT, "%d of %d matched right", right, want.size()));
  }

  private Grade text(Question question, Answer answer) {
    String typed = answer.text() != null ? answer.text() : answer.number() == null ? "" : answer.number().toString();
    Optional<String> reason = TextAnswerMatcher.accept(typed, acceptedTexts(question));
    return reason.map(r -> Grade.of(question.id(), 1, r))
        .orElseGet(() -> Grade.of(question.id(), 0, "\"" + typed.trim() + "\" is not an accepted answer"));
  }

  /** The key, the question's alternatives, and every form the article gives those names. */
  List<String> acceptedTexts(Question question) {
    List<String> names = new ArrayList<>();
    if (question.key().text() != null) {
      names.add(question.key().text());
    }
    names.addAll(question.accepted());
    String article = question.tags() != null ? question.tags().article()
        : question.evidence() != null ? question.evidence().article() : null;
    Set<String> all = new LinkedHashSet<>(names);
    if (article != null) {
      names.forEach(n -> all.addAll(aliases.formsOf(article, n)));
    }
    return List.copyOf(all);
  }

  private static Grade numeric(String id, AnswerKey key, Answer answer) {
    Double given = answer.number();
    if (given == null && answer.text() != null) {
      try {
        given = Double.parseDouble(answer.text().trim());
      } catch (NumberFormatException e) {
        return Grade.of(id, 0, "\"" + answer.text().trim() + "\" is not a number");
      }
    }
    if (given == null || key.number() == null) {
      return Grade.of(id, 0, "no number given");
    }
    double tolerance = key.tolerance() == null ? 0 : key.tolerance();
    boolean right = Math.abs(given - key.number()) <= tolerance + 1e-9;
    return Grade.of(id, right ? 1 : 0, right
        ? (tolerance > 0 ? "within the tolerance of " + format(tolerance) : "exactly right")
        : format(given) + " is not " + format(key.number()) + (tolerance > 0 ? " ± " + format(tolerance) : ""));
  }

  private static String format(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
