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

  /**
   * The person a lone name word refers to: the latest whose name ends with it, else the only one
   * whose name starts with it (family names first, as in "Song Young-moo" ... "Song").
   */
  Optional<PersonBuilder> bySurname(String surname) {
    PersonBuilder found = null;
    PersonBuilder byFirst = null;
    int firsts = 0;
    for (PersonBuilder p : people.values()) {
      if (!p.name().contains(" ")) {
        continue;
      }
      if (p.surname().equals(surname)) {
        found = p;
      } else if (p.name().startsWith(surname + " ")) {
        byFirst = p;
        firsts++;
      }
    }
    return Optional.ofNullable(found != null ? found : firsts == 1 ? byFirst : null);
  }

  /**
   * The body of that name, created when new. A name that ends another's ("Peace Accord", "Harbour
   * Peace Accord") is the same body: the longer name wins and the shorter becomes an alias.
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
    if (m.person() != null) {
      m.person().countMention();
    }
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
    StringBuilder k = new StringBuilder(name.length());
    boolean space = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-' || Character.isWhitespace(c)) {
        if (!space) {
          k.append(' ');
          space = true;
        }
      } else {
        k.append(Character.toLowerCase(c));
        space = false;
      }
    }
    String out = space && k.length() > 0 ? k.substring(0, k.length() - 1) : k.toString();
    return out.startsWith("the ") ? out.substring(4) : out;
  }
}
