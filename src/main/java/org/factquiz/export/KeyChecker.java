package org.factquiz.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;

/**
 * Checks, before any format is written, that a question's key fits its kind and options (every
 * key id names an option, matching pairs cover the premises, ordering is a permutation), so no
 * export ever carries a key that names nothing.
 */
final class KeyChecker {
  private KeyChecker() {}

  /** Why the question cannot be exported faithfully, or empty when its key is sound. */
  static Optional<String> problem(Question q) {
    if (q.stem() == null || q.stem().isBlank()) {
      return Optional.of("empty stem");
    }
    if (q.key() == null) {
      return Optional.of("no answer key");
    }
    if (q.options().stream().anyMatch(c -> blank(c.text())) || q.premises().stream().anyMatch(c -> blank(c.text()))) {
      return Optional.of("an option or premise has no text");
    }
    if (ids(q.options()).size() != q.options().size() || ids(q.premises()).size() != q.premises().size()) {
      return Optional.of("two options or premises share an id");
    }
    Set<String> options = ids(q.options());
    List<String> keyChoices = q.key().choices();
    return switch (q.kind()) {
      case SINGLE_CHOICE -> q.options().size() < 2 ? Optional.of("fewer than two options")
          : keyChoices.size() != 1 || !options.containsAll(keyChoices)
              ? Optional.of("key must name exactly one existing option") : Optional.empty();
      case MULTIPLE_RESPONSE -> q.options().size() < 2 ? Optional.of("fewer than two options")
          : keyChoices.isEmpty() || !options.containsAll(keyChoices) || new HashSet<>(keyChoices).size() != keyChoices.size()
              ? Optional.of("key must name distinct existing options") : Optional.empty();
      case TRUE_FALSE -> keyChoices.size() == 1 && (keyChoices.get(0).equals("true") || keyChoices.get(0).equals("false"))
          ? Optional.empty() : Optional.of("true/false key must be \"true\" or \"false\"");
      case CLOZE -> blank(q.key().text()) ? Optional.of("no answer text")
          : ClozeStem.of(q.stem()).isEmpty() ? Optional.of("stem has no single ____ blank") : Optional.empty();
      case SHORT_ANSWER -> blank(q.key().text()) ? Optional.of("no answer text") : Optional.empty();
      case MATCHING -> matchingProblem(q, options);
      case ORDERING -> q.options().size() < 2 ? Optional.of("fewer than two items")
          : keyChoices.size() != q.options().size() || !new HashSet<>(keyChoices).equals(options)
              ? Optional.of("key is not an order of all items") : Optional.empty();
      case NUMERIC -> q.key().number() == null || q.key().number().isNaN() || q.key().number().isInfinite()
          ? Optional.of("no numeric answer") : Optional.empty();
    };
  }

  private static Optional<String> matchingProblem(Question q, Set<String> options) {
    if (q.premises().size() < 2) {
      return Optional.of("fewer than two premises");
    }
    if (!q.key().pairs().keySet().equals(ids(q.premises()))) {
      return Optional.of("pairs do not cover exactly the premises");
    }
    if (!options.containsAll(q.key().pairs().values())) {
      return Optional.of("a pair names no option");
    }
    return Optional.empty();
  }

  /** The canonical answer followed by the accepted alternatives, each once, blanks dropped. */
  static List<String> answers(Question q) {
    Set<String> out = new LinkedHashSet<>();
    if (!blank(q.key().text())) {
      out.add(q.key().text().strip());
    }
    for (String a : q.accepted()) {
      if (!blank(a)) {
        out.add(a.strip());
      }
    }
    return new ArrayList<>(out);
  }

  static boolean truth(Question q) {
    return q.key().choices().get(0).equals("true");
  }

  static Choice option(Question q, String id) {
    return q.options().stream().filter(c -> c.id().equals(id)).findFirst()
        .orElseThrow(() -> new ExportException("no option " + id + " in question " + q.id()));
  }

  private static Set<String> ids(List<Choice> choices) {
    Set<String> out = new LinkedHashSet<>();
    choices.forEach(c -> out.add(c.id()));
    return out;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
