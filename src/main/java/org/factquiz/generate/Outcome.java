package org.factquiz.generate;

/** What a question maker made of one fact and template: a candidate, or why none could be made. */
record Outcome(Candidate candidate, String reason, String template, String factId) {
  static Outcome of(Candidate c) {
    return new Outcome(c, null, c.template(), c.question().factId());
  }

  static Outcome none(Template t, String factId, String reason) {
    return new Outcome(null, reason, t.id(), factId);
  }
}
