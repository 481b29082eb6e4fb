package org.factquiz.quiz;

import java.util.Locale;

/** How an answer fared: full, some or no credit. */
public enum Outcome {
  CORRECT,
  PARTIAL,
  INCORRECT;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Outcome ofCredit(double credit) {
    if (credit >= 1.0 - 1e-9) {
      return CORRECT;
    }
    return credit <= 1e-9 ? INCORRECT : PARTIAL;
  }
}
