package org.factquiz.extract;

import java.util.Locale;

/** How precise a normalised date is; the names follow the gold schema. */
public enum Granularity {
  DAY,
  MONTH,
  YEAR,
  SEASON,
  RANGE,
  UNRESOLVED;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Granularity fromWireName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
