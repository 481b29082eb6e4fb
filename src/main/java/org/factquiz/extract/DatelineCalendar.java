package org.factquiz.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar reckoning from a dateline: weeks run Monday to Sunday, a weekday is the latest one on
 * or before the dateline, a year-less date takes the year that puts it nearest the dateline.
 */
final class DatelineCalendar {
  private final LocalDate anchor;

  DatelineCalendar(LocalDate anchor) {
    this.anchor = anchor;
  }

  LocalDate anchor() {
    return anchor;
  }

  /** The Monday-Sunday week {@code weeksBack} weeks before the dateline's week (0 = this week). */
  TimeValue week(int weeksBack) {
    LocalDate monday = mondayOf(anchor.minusWeeks(weeksBack));
    return IsoTime.range(monday, monday.plusDays(6));
  }

  /** "N weeks ago": the calendar weeks holding the dateline minus 7 x least .. 7 x most days. */
  TimeValue weeksAgo(int least, int most) {
    LocalDate first = mondayOf(anchor.minusDays(7L * most));
    LocalDate last = mondayOf(anchor.minusDays(7L * least)).plusDays(6);
    return IsoTime.range(first, last);
  }

  /** Monday to Friday of the week {@code weeksBack} weeks back: "late last week" as a working week. */
  TimeValue workingWeek(int weeksBack) {
    LocalDate monday = mondayOf(anchor.minusWeeks(weeksBack));
    return IsoTime.range(monday, monday.plusDays(4));
  }

  /** The weekend before the dateline (the current one when the dateline is a Sunday). */
  TimeValue weekend(int weeksAhead) {
    LocalDate saturday = anchor.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
    saturday = saturday.plusWeeks(weeksAhead);
    return IsoTime.range(saturday, saturday.plusDays(1));
  }

  LocalDate weekdayOnOrBefore(DayOfWeek day) {
    return anchor.with(TemporalAdjusters.previousOrSame(day));
  }

  LocalDate weekdayBefore(DayOfWeek day) {
    return anchor.with(TemporalAdjusters.previous(day));
  }

  LocalDate weekdayOnOrAfter(DayOfWeek day) {
    return anchor.with(TemporalAdjusters.nextOrSame(day));
  }

  LocalDate weekdayAfter(DayOfWeek day) {
    return anchor.with(TemporalAdjusters.next(day));
  }

  YearMonth monthsFromNow(int months) {
    return YearMonth.from(anchor).plusMonths(months);
  }

  int year() {
    return anchor.getYear();
  }

  /** The year that puts month/day nearest the dateline, the earlier one on a tie. */
  LocalDate nearest(int month, int day) {
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
      if (!MonthDay.of(month, day).isValidYear(year)) {
        continue;
      }
      LocalDate candidate = LocalDate.of(year, month, day);
      long distance = Math.abs(candidate.toEpochDay() - anchor.toEpochDay());
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  YearMonth nearest(int month) {
    return YearMonth.from(nearest(month, 15));
  }

  /** "last spring": the previous year's season, the convention of the gold schema. */
  int lastSeasonYear(TemporalLexicon.Season season) {
    return anchor.getYear() - 1;
  }

  /** The first season of this kind that starts after the dateline ("next spring"). */
  int nextSeasonYear(TemporalLexicon.Season season) {
    int year = anchor.getYear();
    while (!seasonStart(season, year).isAfter(anchor)) {
      year++;
    }
    return year;
  }

  /** Winter is labelled with the year of its January and starts the December before. */
  static LocalDate seasonStart(TemporalLexicon.Season season, int year) {
    int startYear = season.firstMonth() == 12 ? year - 1 : year;
    return LocalDate.of(startYear, season.firstMonth(), 1);
  }

  static LocalDate seasonEnd(TemporalLexicon.Season season, int year) {
    return seasonStart(season, year).plusMonths(3).minusDays(1);
  }

  private static LocalDate mondayOf(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
