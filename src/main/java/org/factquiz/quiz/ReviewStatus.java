package org.factquiz.quiz;

import java.util.Locale;

/** Where a question of a set stands in the teacher's review. */
public enum ReviewStatus {
  PENDING,
  APPROVED,
  REJECTED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
