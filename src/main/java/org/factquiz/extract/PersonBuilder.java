package org.factquiz.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Collects what an article says of one person while it is read: name forms, roles, evidence. */
final class PersonBuilder {
  private String name;
  private final Set<String> aliases = new LinkedHashSet<>();
  private final List<RoleHolding> roles = new ArrayList<>();
  private final Evidence firstMention;
  private boolean spoke;
  private int mentions;

  PersonBuilder(String name, Evidence firstMention) {
    this.name = name;
    this.firstMention = firstMention;
  }

  String name() {
    return name;
  }

  String surname() {
    String[] parts = name.split(" ");
    return parts[parts.length - 1];
  }

  /** A fuller name replaces the current one, which becomes an alias. */
  void offerName(String candidate) {
    if (candidate.length() > name.length() && candidate.endsWith(surname())) {
      aliases.add(name);
      name = candidate;
    } else if (!candidate.equals(name)) {
      aliases.add(candidate);
    }
  }

  void addAlias(String alias) {
    if (!alias.isBlank() && !alias.equals(name)) {
      aliases.add(alias);
    }
  }

  void addRole(String role, Evidence evidence) {
    String key = role.toLowerCase(Locale.ROOT);
    for (RoleHolding r : roles) {
      if (r.role().toLowerCase(Locale.ROOT).equals(key)) {
        return;
      }
    }
    roles.add(new RoleHolding(name, role, evidence));
  }

  void countMention() {
    mentions++;
  }

  /**
   * Whether the article gives reason to take the name for a person's: a role, another form of the
   * name, a statement, an initial or honorific, a common given name, or a second mention.
   */
  boolean isCredible(java.util.Set<String> givenNames, java.util.Set<String> honorifics) {
    String first = name.split(" ")[0];
    boolean initial = name.matches(".*\\b\\p{Lu}\\..*");
    return hasRoles() || !aliases.isEmpty() || spoke || mentions >= 2 || initial
        || givenNames.contains(first) || honorifics.contains(first);
  }

  void markSpeaker() {
    spoke = true;
  }

  boolean spoke() {
    return spoke;
  }

  boolean hasRoles() {
    return !roles.isEmpty();
  }

  List<String> roleTitles() {
    return roles.stream().map(RoleHolding::role).toList();
  }

  List<RoleHolding> roleFacts() {
    return roles.stream().map(r -> new RoleHolding(name, r.role(), r.evidence())).toList();
  }

  Person build() {
    Set<String> others = new LinkedHashSet<>(aliases);
    others.remove(name);
    return new Person(name, List.copyOf(others), roleTitles(), firstMention);
  }
}
