package org.factquiz.extract;

import java.util.List;

/** Something that happened (or held, or was expected), when, and the people and bodies (by name) that took part. */
public record DatedEvent(String what, TimeValue when, List<String> people, List<String> bodies, Evidence evidence,
    EventKind kind) implements Fact {
  public DatedEvent {
    people = List.copyOf(people);
    bodies = List.copyOf(bodies);
    kind = kind == null ? EventKind.HAPPENING : kind;
  }

  /** A happening: hand-written facts (gold, fixtures) describe only what took place. */
  public DatedEvent(String what, TimeValue when, List<String> people, List<String> bodies, Evidence evidence) {
    this(what, when, people, bodies, evidence, EventKind.HAPPENING);
  }

  /** The same event cited by other evidence. */
  public DatedEvent withEvidence(Evidence moved) {
    return new DatedEvent(what, when, people, bodies, moved, kind);
  }

  public boolean isHappening() {
    return kind == EventKind.HAPPENING;
  }
}
