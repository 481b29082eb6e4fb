package org.factquiz.extract;

/**
 * A normalised date in the gold schema's notation: "2000-02-16" (day), "2000-03" (month),
 * "1999" (year), "1999-spring" (season), "2000-01-20/2000-01-22" (range), with X for unknown
 * digits ("XXXX-01-22"); {@code iso} is null when unresolved.
 */
public record TimeValue(String iso, Granularity granularity) {
  public static TimeValue unresolved() {
    return new TimeValue(null, Granularity.UNRESOLVED);
  }

  public boolean resolved() {
    return iso != null;
  }
}
