package org.factquiz.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Partial-credit percentages the Moodle importers accept: 100/n for n = 1..10 written with five
 * decimals (33.33333, 14.28571), the values of Moodle's grade list. Other shares cannot be
 * imported, so a question that needs one is left out rather than re-weighted.
 */
final class Grades {
  static final int MAX_PARTS = 10;

  private Grades() {}

  /** The percentage each of {@code parts} equal parts is worth, e.g. "33.33333" for 3. */
  static Optional<String> share(int parts) {
    if (parts < 1 || parts > MAX_PARTS) {
      return Optional.empty();
    }
    return Optional.of(percent(100.0 / parts));
  }

  /** The negative share, e.g. "-50" for 2; "-100" for 1. */
  static Optional<String> penalty(int parts) {
    return share(parts).map(s -> "-" + s);
  }

  private static String percent(double value) {
    return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
