package org.factquiz.extract;

import java.util.List;
import java.util.stream.Stream;
import org.factquiz.content.Dateline;

/** Everything extracted from one article. */
public record ArticleFacts(
    String article,
    String title,
    Dateline dateline,
    List<Person> people,
    List<Body> bodies,
    List<Statement> statements,
    List<RoleHolding> roles,
    List<DatedEvent> events) {
  public ArticleFacts {
    people = List.copyOf(people);
    bodies = List.copyOf(bodies);
    statements = List.copyOf(statements);
    roles = List.copyOf(roles);
    events = List.copyOf(events);
  }

  public Stream<Fact> facts() {
    return Stream.of(statements.stream(), roles.stream(), events.stream()).flatMap(s -> s.map(Fact.class::cast));
  }
}
