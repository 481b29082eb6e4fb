package org.factquiz.extract;

/**
 * A place in the text that names an entity: a person, a body, or a country (countries become
 * bodies only when they speak). Exactly one of person, body and country is set.
 */
record Mention(int start, int end, PersonBuilder person, BodyBuilder body, String country) {
  static Mention of(PersonBuilder p, int start, int end) {
    return new Mention(start, end, p, null, null);
  }

  static Mention of(BodyBuilder b, int start, int end) {
    return new Mention(start, end, null, b, null);
  }

  static Mention ofCountry(String country, int start, int end) {
    return new Mention(start, end, null, null, country);
  }

  String name() {
    return person != null ? person.name() : body != null ? body.name() : country;
  }
}
