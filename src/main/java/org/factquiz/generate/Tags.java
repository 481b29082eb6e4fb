package org.factquiz.generate;

import java.util.List;

/** What a question is about, for filtering and mastery: article, people, bodies, template. */
public record Tags(String article, List<String> people, List<String> bodies, String template) {
  public Tags {
    people = people == null ? List.of() : List.copyOf(people);
    bodies = bodies == null ? List.of() : List.copyOf(bodies);
  }
}
