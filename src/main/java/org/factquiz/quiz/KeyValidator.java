package org.factquiz.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factquiz.InvalidInputException;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;

/**
 * Checks that a question's key holds: it names existing options in the shape its kind needs, and
 * a changed typed answer is supported by the evidence sentence (in any form the article gives the
 * name). Failures point at the field at fault.
 */
public final class KeyValidator {
  private final AliasBook aliases;

  public KeyValidator(AliasBook aliases) {
    this.aliases = aliases;
  }

  /** Checks a question as it stands. */
  public void check(Question q) {
    check(q, null);
  }

  /** Checks an edit of {@code original}; a typed key that did not change is not re-checked against the evidence. */
  public void check(Question q, Question original) {
    AnswerKey key = q.key();
    if (key == null) {
      throw new InvalidInputException("/key", "a key is required");
    }
    Set<String> options = ids(q.options(), "/options/");
    switch (q.kind()) {
      case SINGLE_CHOICE, TRUE_FALSE -> {
        requireKnown(key.choices(), options);
        if (key.choices().size() != 1) {
          throw new InvalidInputException("/key/choices", "exactly one option must be right");
        }
      }
      case MULTIPLE_RESPONSE -> {
        requireKnown(key.choices(), options);
        if (key.choices().isEmpty()) {
          throw new InvalidInputException("/key/choices", "at least one option must be right");
        }
      }
      case ORDERING -> {
        requireKnown(key.choices(), options);
        if (key.choices().size() != options.size() || new HashSet<>(key.choices()).size() != options.size()) {
          throw new InvalidInputException("/key/choices", "the order must list every option exactly once");
        }
      }
      case MATCHING -> checkPairs(key, ids(q.premises(), "/premises/"), options);
      case CLOZE, SHORT_ANSWER -> {
        boolean unchanged = original != null && original.key() != null && q.key().text() != null
            && q.key().text().equals(original.key().text());
        checkText(q, unchanged);
      }
      case NUMERIC -> {
        if (key.number() == null || key.number().isNaN() || key.number().isInfinite()) {
          throw new InvalidInputException("/key/number", "a number is required");
        }
      }
    }
  }

  private static void checkPairs(AnswerKey key, Set<String> premises, Set<String> options) {
    if (!key.pairs().keySet().equals(premises)) {
      throw new InvalidInputException("/key/pairs", "every premise must be paired exactly once");
    }
    key.pairs().forEach((premise, option) -> {
      if (!options.contains(option)) {
        throw new InvalidInputException("/key/pairs/" + premise, "\"" + option + "\" is not an option id");
      }
    });
  }

  private void checkText(Question q, boolean unchanged) {
    String text = q.key().text();
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("/key/text", "an answer text is required");
    }
    if (unchanged || q.evidence() == null || q.evidence().sentence() == null) {
      return;
    }
    String sentence = " " + TextAnswerMatcher.normalise(q.evidence().sentence()) + " ";
    List<String> forms = new java.util.ArrayList<>(aliases.formsOf(q.evidence().article(), text));
    forms.add(text);
    forms.addAll(q.accepted());
    boolean supported = forms.stream().map(TextAnswerMatcher::normalise)
        .anyMatch(f -> !f.isEmpty() && sentence.contains(" " + f + " "));
    if (!supported) {
      throw new InvalidInputException("/key/text", "the evidence sentence does not contain \"" + text.trim() + "\"");
    }
  }

  private static void requireKnown(List<String> chosen, Set<String> options) {
    for (int i = 0; i < chosen.size(); i++) {
      if (!options.contains(chosen.get(i))) {
        throw new InvalidInputException("/key/choices/" + i, "\"" + chosen.get(i) + "\" is not an option id");
      }
    }
  }

  private static Set<String> ids(List<Choice> choices, String pointer) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < choices.size(); i++) {
      Choice c = choices.get(i);
      if (c == null || c.id() == null || c.id().isBlank() || c.text() == null || c.text().isBlank()) {
        throw new InvalidInputException(pointer + i, "every option needs an id and a text");
      }
      if (!ids.add(c.id())) {
        throw new InvalidInputException(pointer + i, "option id \"" + c.id() + "\" is used twice");
      }
    }
    return ids;
  }
}
