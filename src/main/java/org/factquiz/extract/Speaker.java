package org.factquiz.extract;

/** Who says something: a person or a body of the article (a country speaks as a body). */
record Speaker(PersonBuilder person, BodyBuilder body) {
  String name() {
    return person != null ? person.name() : body.name();
  }

  boolean sameAs(Speaker other) {
    return other != null && person == other.person && body == other.body;
  }
}
