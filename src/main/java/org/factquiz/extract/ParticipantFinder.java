package org.factquiz.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds which of an article's people and bodies a sentence names, by any of their forms as
 * whole words. Names are matched case-sensitively; a body's lower-case short form ("the council")
 * may also open a sentence with a capital.
 */
final class ParticipantFinder {
  private record Named(String name, Pattern forms) {}

  private final List<Named> people = new ArrayList<>();
  private final List<Named> bodies = new ArrayList<>();

  ParticipantFinder(List<Person> people, List<Body> bodies) {
    for (Person person : people) {
      this.people.add(new Named(person.name(), formsPattern(person.name(), person.aliases())));
    }
    for (Body body : bodies) {
      this.bodies.add(new Named(body.name(), formsPattern(body.name(), body.aliases())));
    }
  }

  List<String> people(String sentence) {
    return names(this.people, sentence);
  }

  List<String> bodies(String sentence) {
    return names(this.bodies, sentence);
  }

  /** The person whose name ends last before {@code offset} in the sentence, or null. */
  String personBefore(String sentence, int offset) {
    String best = null;
    int bestEnd = -1;
    for (Named n : people) {
      if (n.forms() == null) {
        continue;
      }
      var m = n.forms().matcher(sentence);
      while (m.find() && m.end() <= offset) {
        if (m.end() > bestEnd) {
          bestEnd = m.end();
          best = n.name();
        }
      }
    }
    return best;
  }

  /** The person named first in the sentence, or null. */
  String firstPerson(String sentence) {
    String best = null;
    int bestStart = Integer.MAX_VALUE;
    for (Named n : people) {
      if (n.forms() == null) {
        continue;
      }
      var m = n.forms().matcher(sentence);
      if (m.find() && m.start() < bestStart) {
        bestStart = m.start();
        best = n.name();
      }
    }
    return best;
  }

  private static List<String> names(List<Named> named, String sentence) {
    Set<String> found = new LinkedHashSet<>();
    for (Named n : named) {
      if (n.forms() != null && n.forms().matcher(sentence).find()) {
        found.add(n.name());
      }
    }
    return List.copyOf(found);
  }

  private static Pattern formsPattern(String name, List<String> aliases) {
    List<String> alternatives = new ArrayList<>();
    for (String form : concat(name, aliases)) {
      if (form == null || form.isBlank()) {
        continue;
      }
      String quoted = Pattern.quote(form.strip());
      if (Character.isLowerCase(form.strip().charAt(0))) {
        String first = form.strip().substring(0, 1);
        quoted = "[" + first + first.toUpperCase(Locale.ROOT) + "]" + Pattern.quote(form.strip().substring(1));
      }
      alternatives.add(quoted);
    }
    if (alternatives.isEmpty()) {
      return null;
    }
    return Pattern.compile("(?<!\\w)(?:" + String.join("|", alternatives) + ")(?!\\w)");
  }

  private static List<String> concat(String name, List<String> aliases) {
    List<String> all = new ArrayList<>();
    all.add(name);
    all.addAll(aliases);
    return all;
  }
}
