package org.factquiz.generate;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.extract.Granularity;
import org.factquiz.extract.TimeValue;

/**
 * A resolved date of the gold notation (day, month, year, season or range; X for an unknown year)
 * that can be shown to a student, shifted to a nearby date of the same granularity, and compared.
 */
record DateValue(Granularity granularity, LocalDate start, LocalDate end, boolean yearKnown, String iso) {
  private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-(\\d\\d)-(\\d\\d)");
  private static final Pattern MONTH = Pattern.compile("(\\d{4}|XXXX)-(\\d\\d)");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(spring|summer|autumn|fall|winter)");
  /** English month names, as the articles write them (Locale.ROOT abbreviates them). */
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  /** Stands in for an unknown year; a leap year so that 29 February parses. */
  private static final int NO_YEAR = 2000;

  /** Parses a time value; empty when it is unresolved or not in the gold notation. */
  static Optional<DateValue> of(TimeValue value) {
    if (value == null || !value.resolved() || value.granularity() == null) {
      return Optional.empty();
    }
    try {
      return parse(value.iso().trim(), value.granularity());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<DateValue> parse(String iso, Granularity granularity) {
    Matcher m;
    switch (granularity) {
      case DAY -> {
        if ((m = DAY.matcher(iso)).matches()) {
          LocalDate d = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
          return Optional.of(new DateValue(granularity, d, d, known(m.group(1)), iso));
        }
      }
      case MONTH -> {
        if ((m = MONTH.matcher(iso)).matches()) {
          LocalDate d = LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), 1);
          return Optional.of(new DateValue(granularity, d, d.plusMonths(1).minusDays(1), known(m.group(1)), iso));
        }
      }
      case YEAR -> {
        if ((m = YEAR.matcher(iso)).matches()) {
          LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), 1, 1);
          return Optional.of(new DateValue(granularity, d, d.plusYears(1).minusDays(1), true, iso));
        }
      }
      case SEASON -> {
        if ((m = SEASON.matcher(iso)).matches()) {
          int y = Integer.parseInt(m.group(1));
          LocalDate d = switch (m.group(2)) {
            case "spring" -> LocalDate.of(y, 3, 1);
            case "summer" -> LocalDate.of(y, 6, 1);
            case "winter" -> LocalDate.of(y, 12, 1);
            default -> LocalDate.of(y, 9, 1);
          };
          return Optional.of(new DateValue(granularity, d, d.plusMonths(3).minusDays(1), true, iso));
        }
      }
      case RANGE -> {
        String[] parts = iso.split("/");
        if (parts.length == 2) {
          Optional<DateValue> a = parse(parts[0], parts[0].length() > 7 ? Granularity.DAY : Granularity.MONTH);
          Optional<DateValue> b = parse(parts[1], parts[1].length() > 7 ? Granularity.DAY : Granularity.MONTH);
          if (a.isPresent() && b.isPresent() && !b.get().end().isBefore(a.get().start())) {
            return Optional.of(new DateValue(granularity, a.get().start(), b.get().end(),
                a.get().yearKnown() && b.get().yearKnown(), iso));
          }
        }
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static int year(String text) {
    return text.startsWith("X") ? NO_YEAR : Integer.parseInt(text);
  }

  private static boolean known(String yearText) {
    return !yearText.startsWith("X");
  }

  /** The date as a student reads it: "16 February 2000", "spring 1999", "20 to 22 January". */
  String display() {
    return switch (granularity) {
      case DAY -> day(start);
      case MONTH -> month(start) + (yearKnown ? " " + start.getYear() : "");
      case YEAR -> Integer.toString(start.getYear());
      case SEASON -> iso.substring(5) + " " + start.getYear();
      default -> rangeText();
    };
  }

  /**
   * The date as feedback gives it for {@code sentence}, the one that dates it: a range the sentence
   * does not state ("seven weeks ago") is marked as worked out, not passed off as the article's.
   */
  String displayFor(String sentence) {
    boolean stated = granularity != Granularity.RANGE
        || java.util.regex.Pattern.compile("\\b" + start.getDayOfMonth() + "\\b").matcher(sentence).find();
    return stated ? display() : "reckoned from the article's date: " + display();
  }

  /** The date with its preposition: "on 16 February 2000", "in 1999", "between ... and ...". */
  String phrase() {
    return switch (granularity) {
      case DAY -> "on " + display();
      case RANGE -> "between " + (sameMonthRange() ? start.getDayOfMonth() + " and " + day(end) : endpoint(start) + " and " + endpoint(end));
      default -> "in " + display();
    };
  }

  private String rangeText() {
    return sameMonthRange() ? start.getDayOfMonth() + " to " + day(end) : endpoint(start) + " to " + endpoint(end);
  }

  private boolean sameMonthRange() {
    return iso.length() > 16 && start.getYear() == end.getYear() && start.getMonth() == end.getMonth();
  }

  private String endpoint(LocalDate d) {
    boolean days = iso.split("/")[0].length() > 7;
    return days ? day(d) : month(d) + (yearKnown ? " " + d.getYear() : "");
  }

  private String day(LocalDate d) {
    return d.getDayOfMonth() + " " + month(d) + (yearKnown ? " " + d.getYear() : "");
  }

  private static String month(LocalDate d) {
    return MONTHS[d.getMonthValue() - 1];
  }

  /** Month names and year as they would be written in a sentence stating this date. */
  List<String> writtenParts() {
    List<String> parts = new ArrayList<>();
    if (yearKnown) {
      parts.add(Integer.toString(start.getYear()));
    }
    if (granularity == Granularity.DAY || granularity == Granularity.MONTH) {
      parts.add(month(start));
    }
    return parts;
  }

  /** True when the two dates share any day: then one cannot serve as a wrong answer to the other. */
  boolean overlaps(DateValue other) {
    return !end.isBefore(other.start) && !other.end.isBefore(start);
  }

  /** True when this date lies wholly before the other. */
  boolean before(DateValue other) {
    return end.isBefore(other.start);
  }

  /** The same kind of date moved by {@code steps} units (days, months, years, seasons, spans). */
  DateValue shifted(int steps) {
    return switch (granularity) {
      case DAY -> make(start.plusDays(steps), start.plusDays(steps));
      case MONTH -> make(start.plusMonths(steps), start.plusMonths(steps).plusMonths(1).minusDays(1));
      case YEAR -> make(start.plusYears(steps), start.plusYears(steps + 1L).minusDays(1));
      case SEASON -> make(start.plusMonths(3L * steps), start.plusMonths(3L * steps + 3).minusDays(1));
      default -> {
        long days = end.toEpochDay() - start.toEpochDay() + 1;
        yield make(start.plusDays(days * steps), end.plusDays(days * steps));
      }
    };
  }

  private DateValue make(LocalDate s, LocalDate e) {
    String y = yearKnown ? String.format(Locale.ROOT, "%04d", s.getYear()) : "XXXX";
    String newIso = switch (granularity) {
      case DAY -> y + String.format(Locale.ROOT, "-%02d-%02d", s.getMonthValue(), s.getDayOfMonth());
      case MONTH -> y + String.format(Locale.ROOT, "-%02d", s.getMonthValue());
      case YEAR -> Integer.toString(s.getYear());
      case SEASON -> s.getYear() + "-" + season(s.getMonth());
      default -> rangeIso(s, e);
    };
    return new DateValue(granularity, s, e, yearKnown, newIso);
  }

  private String rangeIso(LocalDate s, LocalDate e) {
    String y1 = yearKnown ? String.format(Locale.ROOT, "%04d", s.getYear()) : "XXXX";
    String y2 = yearKnown ? String.format(Locale.ROOT, "%04d", e.getYear()) : "XXXX";
    boolean days = iso.split("/")[0].length() > 7;
    return days
        ? String.format(Locale.ROOT, "%s-%02d-%02d/%s-%02d-%02d", y1, s.getMonthValue(), s.getDayOfMonth(), y2, e.getMonthValue(), e.getDayOfMonth())
        : String.format(Locale.ROOT, "%s-%02d/%s-%02d", y1, s.getMonthValue(), y2, e.getMonthValue());
  }

  private static String season(Month m) {
    return switch (m) {
      case MARCH, APRIL, MAY -> "spring";
      case JUNE, JULY, AUGUST -> "summer";
      case SEPTEMBER, OCTOBER, NOVEMBER -> "autumn";
      default -> "winter";
    };
  }
}
