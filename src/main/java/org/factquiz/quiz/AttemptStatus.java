package org.factquiz.quiz;

import java.util.Locale;

/** An attempt takes answers while open and is graded once submitted. */
public enum AttemptStatus {
  OPEN,
  SUBMITTED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
