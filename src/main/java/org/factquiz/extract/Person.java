package org.factquiz.extract;

import java.util.List;

/** A person an article names: the fullest name, the other forms it uses, the roles it gives. */
public record Person(String name, List<String> aliases, List<String> roles, Evidence firstMention) {
  public Person {
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }
}
