package org.factquiz.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The people, bodies and mentions found in one article so far. */
final class EntityIndex {
  private final Map<String, PersonBuilder> people = new LinkedHashMap<>();
  private final Map<String, BodyBuilder> bodies = new LinkedHashMap<>();
  private final List<Mention> mentions = new ArrayList<>();
  private boolean sorted = true;

  PersonBuilder person(String fullName, Evidence evidence) {
    PersonBuilder p = people.get(fullName);
    if (p == null) {
      p = new PersonBuilder(fullName, evidence);
      people.put(fullName, p);
    }
    return p;
  }

  /** The person whose name ends with this surname, most recently added first. */
  Optional<PersonBuilder> bySurname(String surname) {
    PersonBuilder found = null;
    for (PersonBuilder p : people.values()) {
      if (p.surname().equals(surname) && p.name().contains(" ")) {
        found = p;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The body of that name, created when new. A name that ends another's ("Founding Act", "NATO-Russia
   * Founding Act") is the same body: the longer name wins and the shorter becomes an alias.
   */
  BodyBuilder body(String name, BodyKind kind, Evidence evidence) {
    String key = key(name);
    BodyBuilder b = bodies.get(key);
    if (b == null) {
      for (Map.Entry<String, BodyBuilder> e : bodies.entrySet()) {
        String other = e.getKey();
        if (key.contains(" ") && other.endsWith(" " + key)) {
          b = e.getValue();
          break;
        }
        if (other.contains(" ") && key.endsWith(" " + other) && e.getValue().kind() == kind) {
          b = e.getValue();
          b.rename(name);
          break;
        }
      }
      if (b == null) {
        b = new BodyBuilder(name, kind, evidence);
      }
      bodies.put(key, b);
    }
    if (!b.name().equals(name)) {
      b.addAlias(name);
    }
    return b;
  }

  Optional<BodyBuilder> bodyNamed(String name) {
    return Optional.ofNullable(bodies.get(key(name)));
  }

  Optional<BodyBuilder> bodyWithAlias(String alias) {
    return bodies().stream().filter(b -> b.aliases().contains(alias)).findFirst();
  }

  void mention(Mention m) {
    mentions.add(m);
    sorted = false;
  }

  List<Mention> mentions() {
    if (!sorted) {
      mentions.sort(Comparator.comparingInt(Mention::start));
      sorted = true;
    }
    return mentions;
  }

  List<PersonBuilder> people() {
    return List.copyOf(people.values());
  }

  List<BodyBuilder> bodies() {
    return List.copyOf(new java.util.LinkedHashSet<>(bodies.values()));
  }

  /** The most recent body of a kind mentioned before an offset. */
  Optional<BodyBuilder> lastBody(int before, java.util.function.Predicate<BodyBuilder> test) {
    BodyBuilder found = null;
    for (Mention m : mentions()) {
      if (m.start() >= before) {
        break;
      }
      if (m.body() != null && test.test(m.body())) {
        found = m.body();
      }
    }
    if (found == null) {
      for (BodyBuilder b : bodies()) {
        if (test.test(b)) {
          return Optional.of(b);
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** Names differing only in case, hyphens or a leading "the" are one body. */
  static String key(String name) {
    String k = name.toLowerCase(Locale.ROOT).replace('-', ' ').replaceAll("\\s+", " ").strip();
    return k.startsWith("the ") ? k.substring(4) : k;
  }
}
