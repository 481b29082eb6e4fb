package org.factquiz.extract;

import java.util.List;

/** Something that happened, when, and the people and bodies (by name) that took part. */
public record DatedEvent(String what, TimeValue when, List<String> people, List<String> bodies, Evidence evidence)
    implements Fact {
  public DatedEvent {
    people = List.copyOf(people);
    bodies = List.copyOf(bodies);
  }
}
