package org.factquiz.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factquiz.InvalidInputException;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;

/** Checks that an answer has the shape its question's kind takes and names only real option ids. */
final class AnswerShape {
  static final int MAX_TEXT = 500;

  private AnswerShape() {}

  static void check(Question q, Answer a) {
    Set<String> options = ids(q.options());
    switch (q.kind()) {
      case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE, ORDERING -> {
        only(a, "choices");
        if (q.kind() != org.factquiz.generate.QuestionKind.MULTIPLE_RESPONSE
            && q.kind() != org.factquiz.generate.QuestionKind.ORDERING && a.choices().size() > 1) {
          throw new InvalidInputException("/choices", "choose one option");
        }
        if (new HashSet<>(a.choices()).size() != a.choices().size()) {
          throw new InvalidInputException("/choices", "an option is listed twice");
        }
        for (int i = 0; i < a.choices().size(); i++) {
          if (!options.contains(a.choices().get(i))) {
            throw new InvalidInputException("/choices/" + i, "not an option of this question");
          }
        }
      }
      case MATCHING -> {
        only(a, "pairs");
        Set<String> premises = ids(q.premises());
        a.pairs().forEach((premise, option) -> {
          if (!premises.contains(premise) || !options.contains(option)) {
            throw new InvalidInputException("/pairs/" + premise, "not a premise and option of this question");
          }
        });
      }
      case CLOZE, SHORT_ANSWER -> {
        only(a, "text");
        if (a.text() != null && a.text().length() > MAX_TEXT) {
          throw new InvalidInputException("/text", "at most " + MAX_TEXT + " characters");
        }
      }
      case NUMERIC -> {
        only(a, "number");
        if (a.number() != null && (a.number().isNaN() || a.number().isInfinite())) {
          throw new InvalidInputException("/number", "not a finite number");
        }
      }
    }
  }

  private static void only(Answer a, String field) {
    List<String> present = new java.util.ArrayList<>();
    if (!a.choices().isEmpty()) {
      present.add("choices");
    }
    if (!a.pairs().isEmpty()) {
      present.add("pairs");
    }
    if (a.text() != null) {
      present.add("text");
    }
    if (a.number() != null) {
      present.add("number");
    }
    for (String p : present) {
      if (!p.equals(field)) {
        throw new InvalidInputException("/" + p, "this question takes an answer in \"" + field + "\"");
      }
    }
  }

  private static Set<String> ids(List<Choice> choices) {
    Set<String> ids = new HashSet<>();
    choices.forEach(c -> ids.add(c.id()));
    return ids;
  }
}
