package org.factquiz.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** Builds {@link TimeValue}s in the gold schema's notation, with X for digits the text does not give. */
final class IsoTime {
  private IsoTime() {}

  static TimeValue day(LocalDate date) {
    return new TimeValue(date.toString(), Granularity.DAY);
  }

  static TimeValue yearlessDay(int month, int day) {
    return new TimeValue(String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), Granularity.DAY);
  }

  static TimeValue month(YearMonth month) {
    return new TimeValue(month.toString(), Granularity.MONTH);
  }

  static TimeValue yearlessMonth(int month) {
    return new TimeValue(String.format(Locale.ROOT, "XXXX-%02d", month), Granularity.MONTH);
  }

  static TimeValue year(int year) {
    return new TimeValue(String.format(Locale.ROOT, "%04d", year), Granularity.YEAR);
  }

  static TimeValue season(int year, String season) {
    return new TimeValue(String.format(Locale.ROOT, "%04d-%s", year, season), Granularity.SEASON);
  }

  static TimeValue range(LocalDate first, LocalDate last) {
    if (first.equals(last)) {
      return day(first);
    }
    return new TimeValue(first + "/" + last, Granularity.RANGE);
  }

  static TimeValue yearlessRange(int firstMonth, int firstDay, int lastMonth, int lastDay) {
    String iso = String.format(Locale.ROOT, "XXXX-%02d-%02d/XXXX-%02d-%02d", firstMonth, firstDay, lastMonth, lastDay);
    return new TimeValue(iso, Granularity.RANGE);
  }

  static TimeValue monthRange(YearMonth first, YearMonth last) {
    return first.equals(last) ? month(first) : new TimeValue(first + "/" + last, Granularity.RANGE);
  }

  static TimeValue yearRange(int first, int last) {
    if (first == last) {
      return year(first);
    }
    return new TimeValue(String.format(Locale.ROOT, "%04d/%04d", first, last), Granularity.RANGE);
  }

  /** Whether a resolved day falls inside a resolved range, month or year ("last week" and "May 12"). */
  static boolean covers(TimeValue outer, TimeValue day) {
    if (!outer.resolved() || !day.resolved() || day.granularity() != Granularity.DAY || day.iso().startsWith("X")
        || outer.iso().startsWith("X")) {
      return false;
    }
    return switch (outer.granularity()) {
      case RANGE -> outer.iso().length() == 21 && day.iso().compareTo(outer.iso().substring(0, 10)) >= 0
          && day.iso().compareTo(outer.iso().substring(11)) <= 0;
      case MONTH, YEAR -> day.iso().startsWith(outer.iso());
      default -> false;
    };
  }

  /** Whether a resolved value begins after the given day ("next month" in a story dated in February). */
  static boolean startsAfter(TimeValue value, LocalDate day) {
    if (!value.resolved() || !value.iso().matches("\\d{4}.*")) {
      return false;
    }
    String first = value.iso().split("/")[0];
    String start = first.matches("\\d{4}-\\d{2}-\\d{2}") ? first
        : first.matches("\\d{4}-\\d{2}") ? first + "-01" : first.substring(0, 4) + "-01-01";
    return start.compareTo(day.toString()) > 0;
  }
}
