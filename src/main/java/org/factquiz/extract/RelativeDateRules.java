package org.factquiz.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Rules for dates relative to the dateline: "yesterday's", "Wednesday", "two weeks ago",
 * "a few weeks ago", "last week", "late last week", "next month's", "this year", "over the
 * weekend", "May last year", "last spring", "the new year". Without a dateline they stay
 * unresolved, except that a named month keeps its month ("XXXX-08").
 */
final class RelativeDateRules {
  private static final String WORD_BEFORE = "(?<![\\w-])";
  private static final String WORD_AFTER = "(?![\\w-])";
  private static final String POSSESSIVE = "(?:['’]s)?";

  private final TemporalLexicon lexicon;
  private final TenseCues tense;

  RelativeDateRules(TemporalLexicon lexicon) {
    this.lexicon = lexicon;
    this.tense = new TenseCues(lexicon);
  }

  List<TemporalRule> rules() {
    String month = "(?<m>" + TemporalLexicon.alternation(lexicon.months.keySet()) + ")";
    String weekday = "(?<wd>" + TemporalLexicon.alternation(lexicon.weekdays.keySet()) + ")";
    String quantity = "(?<q>\\d{1,2}|(?i:" + TemporalLexicon.alternation(lexicon.quantities.keySet()) + "))";
    String season = "(?<s>(?i:" + TemporalLexicon.alternation(lexicon.seasons.keySet()) + "))";
    return List.of(
        TemporalRule.of(WORD_BEFORE + "(?<t>(?<w>(?i:" + TemporalLexicon.alternation(lexicon.dayWords.keySet()) + "))"
            + POSSESSIVE + ")" + WORD_AFTER, TimeReference.DATELINE, TimeCues.DAY_WORD, this::dayWord),
        TemporalRule.of(WORD_BEFORE + "(?<t>(?:(?<rel>(?i:last|next|this|early|late))\\s+)?" + weekday + POSSESSIVE
            + "(?:\\s+(?i:morning|afternoon|evening|night))?)" + WORD_AFTER, TimeReference.DATELINE, TimeCues.WEEKDAY, this::weekday),
        TemporalRule.of(WORD_BEFORE + "(?<t>" + quantity + "\\s+(?<u>(?i:day|week|fortnight|month|year))s?\\s+(?i:ago))"
            + WORD_AFTER, TimeReference.DATELINE, TimeCues.AGO | TimeCues.UNIT, this::ago),
        TemporalRule.of(WORD_BEFORE + "(?<t>(?:(?<q>(?i:early|late|earlier|later))\\s+)?(?<rel>(?i:this\\s+past|last|this|next))\\s+"
            + "(?<u>(?i:week|month|year|weekend))" + POSSESSIVE + ")" + WORD_AFTER, TimeReference.DATELINE, TimeCues.UNIT, this::unit),
        TemporalRule.of(WORD_BEFORE + "(?<t>(?i:over|at|during|through|throughout)\\s+the\\s+weekend)" + WORD_AFTER,
            TimeReference.DATELINE, TimeCues.UNIT, (m, s, c) -> c == null ? TimeValue.unresolved() : c.weekend(0)),
        TemporalRule.of(WORD_BEFORE + "(?<t>" + month + ",?\\s+(?:of\\s+)?(?<rel>(?i:last|this|next))\\s+year)"
            + WORD_AFTER, TimeReference.DATELINE, TimeCues.MONTH | TimeCues.UNIT, this::monthOfRelativeYear),
        TemporalRule.of(WORD_BEFORE + "(?<t>(?<rel>(?i:last|this|next))\\s+" + month + ")" + WORD_AFTER,
            TimeReference.DATELINE, TimeCues.MONTH, this::relativeMonth),
        TemporalRule.of(WORD_BEFORE + "(?<t>(?:(?<rel>(?i:last|this|next|early|late|mid))[\\s-]+)?(?:(?i:the)\\s+)?" + season
            + "(?:\\s+(?:(?i:of)\\s+)?(?:(?<y>1[5-9]\\d\\d|20\\d\\d)|(?<ry>(?i:last|this|next))\\s+(?i:year)))?)" + WORD_AFTER,
            TimeReference.DATELINE, TimeCues.SEASON, this::season),
        TemporalRule.of(WORD_BEFORE + "(?<t>(?i:the\\s+(?:(?<q>beginning|start|end|middle)\\s+of\\s+(?:the|this)|new)\\s+year))"
            + WORD_AFTER + "(?!['’]s)", TimeReference.DATELINE, TimeCues.UNIT, this::yearPart));
  }

  private TimeValue dayWord(Matcher m, String sentence, DatelineCalendar c) {
    int offset = lexicon.dayWords.get(m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    return c == null ? TimeValue.unresolved() : IsoTime.day(c.anchor().plusDays(offset));
  }

  private TimeValue weekday(Matcher m, String sentence, DatelineCalendar c) {
    if (c == null) {
      return TimeValue.unresolved();
    }
    DayOfWeek day = lexicon.weekdays.get(m.group("wd"));
    String rel = lower(m.group("rel"));
    LocalDate date;
    if ("next".equals(rel)) {
      date = c.weekdayAfter(day);
    } else if ("last".equals(rel)) {
      date = c.weekdayBefore(day);
    } else if (futureBefore(sentence, m.start())) {
      date = c.weekdayOnOrAfter(day);
    } else {
      date = c.weekdayOnOrBefore(day);
    }
    return IsoTime.day(date);
  }

  private boolean futureBefore(String sentence, int position) {
    return tense.future(sentence, position);
  }

  private TimeValue ago(Matcher m, String sentence, DatelineCalendar c) {
    TemporalLexicon.Quantity quantity = lexicon.quantity(m.group("q"));
    if (quantity == null || quantity.least() < 1) {
      return null;
    }
    if (c == null) {
      return TimeValue.unresolved();
    }
    int least = quantity.least();
    int most = quantity.most();
    LocalDate anchor = c.anchor();
    switch (lower(m.group("u"))) {
      case "day":
        return IsoTime.range(anchor.minusDays(most), anchor.minusDays(least));
      case "week":
        return c.weeksAgo(least, most);
      case "fortnight":
        return c.weeksAgo(2 * least, 2 * most);
      case "month":
        return IsoTime.monthRange(c.monthsFromNow(-most), c.monthsFromNow(-least));
      default:
        return IsoTime.yearRange(c.year() - most, c.year() - least);
    }
  }

  private TimeValue unit(Matcher m, String sentence, DatelineCalendar c) {
    if (c == null) {
      return TimeValue.unresolved();
    }
    int step = switch (lower(m.group("rel")).replaceAll("\\s+", " ")) {
      case "last", "this past" -> -1;
      case "next" -> 1;
      default -> 0;
    };
    String qualifier = lower(m.group("q"));
    boolean edge = "early".equals(qualifier) || "late".equals(qualifier);
    return switch (lower(m.group("u"))) {
      case "week" -> edge ? c.workingWeek(-step) : c.week(-step);
      case "month" -> IsoTime.month(c.monthsFromNow(step));
      case "weekend" -> c.weekend(Math.max(0, step));
      default -> IsoTime.year(c.year() + step);
    };
  }

  private TimeValue monthOfRelativeYear(Matcher m, String sentence, DatelineCalendar c) {
    int month = lexicon.month(m.group("m"));
    if (c == null) {
      return IsoTime.yearlessMonth(month);
    }
    return IsoTime.month(YearMonth.of(c.year() + yearStep(m.group("rel")), month));
  }

  private TimeValue relativeMonth(Matcher m, String sentence, DatelineCalendar c) {
    int month = lexicon.month(m.group("m"));
    if (c == null) {
      return IsoTime.yearlessMonth(month);
    }
    YearMonth current = YearMonth.from(c.anchor());
    YearMonth candidate = YearMonth.of(c.year(), month);
    String rel = lower(m.group("rel"));
    if ("last".equals(rel) && !candidate.isBefore(current)) {
      candidate = candidate.minusYears(1);
    } else if ("next".equals(rel) && !candidate.isAfter(current)) {
      candidate = candidate.plusYears(1);
    }
    return IsoTime.month(candidate);
  }

  private TimeValue season(Matcher m, String sentence, DatelineCalendar c) {
    TemporalLexicon.Season season = lexicon.seasons.get(lower(m.group("s")));
    String rel = lower(m.group("rel"));
    if (m.group("y") != null) {
      return IsoTime.season(Integer.parseInt(m.group("y")), season.label());
    }
    boolean relative = "last".equals(rel) || "this".equals(rel) || "next".equals(rel);
    if (m.group("ry") == null && !relative) {
      return null;
    }
    if (c == null) {
      return TimeValue.unresolved();
    }
    if (m.group("ry") != null) {
      return IsoTime.season(c.year() + yearStep(m.group("ry")), season.label());
    }
    int year = switch (rel) {
      case "last" -> c.lastSeasonYear(season);
      case "next" -> c.nextSeasonYear(season);
      default -> season.firstMonth() == 12 && c.anchor().getMonthValue() == 12 ? c.year() + 1 : c.year();
    };
    return IsoTime.season(year, season.label());
  }

  /** "the new year" and "the beginning of the year" are January; "the end of the year" is the year. */
  private TimeValue yearPart(Matcher m, String sentence, DatelineCalendar c) {
    String part = lower(m.group("q"));
    boolean january = part == null || "beginning".equals(part) || "start".equals(part);
    if (c == null) {
      return january ? IsoTime.yearlessMonth(1) : TimeValue.unresolved();
    }
    int year = part == null && c.anchor().getMonthValue() >= 7 ? c.year() + 1 : c.year();
    return january ? IsoTime.month(YearMonth.of(year, 1)) : IsoTime.year(year);
  }

  private static int yearStep(String rel) {
    return switch (lower(rel)) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
  }

  private static String lower(String text) {
    return text == null ? null : text.toLowerCase(Locale.ROOT);
  }
}
