package org.factquiz.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects what an article says of one body while it is read: name forms, kind, evidence. */
final class BodyBuilder {
  private String name;
  private final BodyKind kind;
  private final Set<String> aliases = new LinkedHashSet<>();
  private final Evidence firstMention;
  private boolean speaker;

  BodyBuilder(String name, BodyKind kind, Evidence firstMention) {
    this.name = name;
    this.kind = kind;
    this.firstMention = firstMention;
  }

  String name() {
    return name;
  }

  /** A fuller name replaces the current one, which stays as an alias. */
  void rename(String fuller) {
    aliases.add(name);
    aliases.remove(fuller);
    name = fuller;
  }

  BodyKind kind() {
    return kind;
  }

  void addAlias(String alias) {
    if (!alias.isBlank() && !alias.equals(name)) {
      aliases.add(alias);
    }
  }

  Set<String> aliases() {
    return aliases;
  }

  void markSpeaker() {
    speaker = true;
  }

  boolean speaker() {
    return speaker;
  }

  Body build() {
    return new Body(name, List.copyOf(aliases), kind, firstMention);
  }
}
