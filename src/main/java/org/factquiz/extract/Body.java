package org.factquiz.extract;

import java.util.List;

/** A body an article names (government, ministry, council, medium ...), its other forms and kind. */
public record Body(String name, List<String> aliases, BodyKind kind, Evidence firstMention) {
  public Body {
    aliases = List.copyOf(aliases);
  }
}
