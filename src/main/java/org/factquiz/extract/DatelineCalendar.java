package org.factquiz.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar reckoning from a dateline: weeks run Monday to Sunday, a weekday is the latest one on
 * or before the dateline, a year-less date takes its latest year unless the text looks ahead.
 */
final class DatelineCalendar {
  private static final int NEAR_FUTURE_DAYS = 45;
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

  /**
   * The year of a date written without one: the next occurrence when the clause speaks of the
   * future ({@code tense} 1), the latest one on or before the dateline when it speaks of the past
   * (-1); when it does not tell, the next one if at most {@value #NEAR_FUTURE_DAYS} days ahead,
   * else the latest (news mostly reports what has happened).
   */
  LocalDate yearFor(int month, int day, int tense) {
    LocalDate past = occurrence(month, day, anchor.getYear());
    if (past.isAfter(anchor)) {
      past = occurrence(month, day, anchor.getYear() - 1);
    }
    if (past.equals(anchor)) {
      return past;
    }
    LocalDate next = occurrence(month, day, past.getYear() + 1);
    boolean soon = next.toEpochDay() - anchor.toEpochDay() <= NEAR_FUTURE_DAYS;
    return tense > 0 || (tense == 0 && soon) ? next : past;
  }

  /** The month of a month named without its year, by the same rule as {@link #yearFor(int, int, int)}. */
  YearMonth yearFor(int month, int tense) {
    YearMonth current = YearMonth.from(anchor);
    YearMonth past = YearMonth.of(anchor.getYear(), month);
    if (past.isAfter(current)) {
      past = past.minusYears(1);
    }
    YearMonth next = past.equals(current) ? past : past.plusYears(1);
    boolean soon = next.atDay(1).toEpochDay() - anchor.toEpochDay() <= NEAR_FUTURE_DAYS;
    return (tense > 0 || (tense == 0 && soon)) && !past.equals(current) ? next : past;
  }

  /** February 29 falls back to February 28 in a common year. */
  private static LocalDate occurrence(int month, int day, int year) {
    return MonthDay.of(month, day).isValidYear(year) ? LocalDate.of(year, month, day) : LocalDate.of(year, month, 28);
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
