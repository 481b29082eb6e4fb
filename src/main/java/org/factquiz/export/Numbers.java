package org.factquiz.export;

import java.math.BigDecimal;

/** Writes numeric keys without exponent or trailing zeros: 1999, 2.5, 0.001. */
final class Numbers {
  private Numbers() {}

  static String plain(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static double tolerance(Double tolerance) {
    return tolerance == null || tolerance.isNaN() || tolerance < 0 ? 0 : tolerance;
  }
}
