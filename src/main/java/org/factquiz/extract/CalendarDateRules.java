package org.factquiz.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Rules for dates written in calendar terms: "17 February 2000", "February 17, 2000",
 * "January 20-22", "May 18", "in May of 1997", "December 2000", "in 1999", "the beginning of 2001".
 * A date without its year takes the year nearest the dateline, or keeps X digits without one.
 */
final class CalendarDateRules {
  private static final String YEAR = "(?<y>1[5-9]\\d\\d|20\\d\\d)";
  private static final String DAY = "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String NUMBER_BEFORE = "(?<![\\w.,$£€-])";
  private static final String WORD_AFTER = "(?![\\w-])";

  /** Before these a number is a year even when a plural follows ("in 1999 elections were held"). */
  private static final java.util.Set<String> TIME_PREPOSITIONS =
      java.util.Set.of("in", "since", "during", "until", "till", "by", "from", "through", "before", "after");

  private final TemporalLexicon lexicon;
  private final String month;
  private final String plainMonth;

  CalendarDateRules(TemporalLexicon lexicon) {
    this.lexicon = lexicon;
    this.month = "(?<m>" + TemporalLexicon.alternation(lexicon.months.keySet()) + ")";
    this.plainMonth = "(?<m>" + TemporalLexicon.alternation(
        lexicon.months.keySet().stream().filter(m -> !lexicon.ambiguousMonths.contains(m)).toList()) + ")";
  }

  List<TemporalRule> rules() {
    String notPossessive = "(?!['’]s)";
    String noDayAfter = "(?!,?\\s*\\d)";
    return List.of(
        TemporalRule.of(NUMBER_BEFORE + DAY + "\\s+(?:of\\s+)?" + month + ",?\\s+" + YEAR + WORD_AFTER,
            TimeReference.CALENDAR, this::fullDate),
        TemporalRule.of("(?<![\\w-])" + month + "\\s+" + DAY + ",?\\s+" + YEAR + WORD_AFTER,
            TimeReference.CALENDAR, this::fullDate),
        TemporalRule.of("(?<![\\w-])" + month + "\\s+(?<d1>[0-3]?\\d)\\s*(?:-|–|—|to|through|and)\\s*(?<d2>[0-3]?\\d)"
            + "(?:,?\\s+" + YEAR + ")?" + WORD_AFTER, TimeReference.CALENDAR, this::dayRange),
        TemporalRule.of(NUMBER_BEFORE + "(?<d1>[0-3]?\\d)\\s*(?:-|–|—|to|and)\\s*(?<d2>[0-3]?\\d)\\s+" + month
            + "(?:,?\\s+" + YEAR + ")?" + WORD_AFTER, TimeReference.CALENDAR, this::dayRange),
        TemporalRule.of("(?<![\\w-])" + month + "\\s+" + DAY + "(?![\\w-]|[.,:]\\d|\\s*[-–]\\s*\\d)",
            TimeReference.CALENDAR, this::yearlessDate),
        TemporalRule.of(NUMBER_BEFORE + DAY + "\\s+(?:of\\s+)?" + month + WORD_AFTER + "(?!,?\\s+\\d)",
            TimeReference.CALENDAR, this::yearlessDate),
        TemporalRule.of("(?<![\\w-])(?<t>(?:(?i:early|mid|late)[- ])?" + month + ",?\\s+(?:of\\s+)?" + YEAR + ")"
            + WORD_AFTER, TimeReference.CALENDAR, this::monthOfYear),
        TemporalRule.of("(?<![\\w-])(?<t>(?:(?i:early|mid|late)[- ])?" + plainMonth + ")" + WORD_AFTER
            + noDayAfter + notPossessive, TimeReference.CALENDAR, this::yearlessMonth),
        TemporalRule.of("(?<![\\w-])(?i:in|since|until|till|by|from|through|during|before|after|of)\\s+(?<t>"
            + month + ")" + WORD_AFTER + noDayAfter + notPossessive, TimeReference.CALENDAR, this::yearlessMonth),
        TemporalRule.of("(?<![\\w-])(?<t>(?i:early|mid|late)[- ]" + month + ")" + WORD_AFTER + noDayAfter,
            TimeReference.CALENDAR, this::yearlessMonth),
        TemporalRule.of("\\((?<t>" + month + ")\\)", TimeReference.CALENDAR, this::yearlessMonth),
        TemporalRule.of("(?<t>(?i:the\\s+(?:beginning|start|outset)\\s+of)\\s+" + YEAR + ")" + WORD_AFTER,
            TimeReference.CALENDAR, (m, s, c) -> IsoTime.month(YearMonth.of(year(m), 1))),
        TemporalRule.of("(?<![\\w-])(?:(?i:the)\\s+)?(?<s>(?i:" + TemporalLexicon.alternation(lexicon.seasons.keySet())
            + "))\\s+(?:(?i:of)\\s+)?" + YEAR + WORD_AFTER, TimeReference.CALENDAR,
            (m, s, c) -> IsoTime.season(year(m), lexicon.seasons.get(m.group("s").toLowerCase(Locale.ROOT)).label())),
        TemporalRule.of(NUMBER_BEFORE + "(?<y1>1[5-9]\\d\\d|20\\d\\d)\\s*(?:-|–|to)\\s*(?<y2>1[5-9]\\d\\d|20\\d\\d|\\d\\d)"
            + WORD_AFTER, TimeReference.CALENDAR, CalendarDateRules::yearRange),
        TemporalRule.of(NUMBER_BEFORE + YEAR + "(?![\\w-]|[.,]\\d|\\s*%)", TimeReference.CALENDAR, this::year));
  }

  private TimeValue fullDate(Matcher m, String sentence, DatelineCalendar calendar) {
    try {
      return IsoTime.day(LocalDate.of(year(m), lexicon.month(m.group("m")), Integer.parseInt(m.group("d"))));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private TimeValue yearlessDate(Matcher m, String sentence, DatelineCalendar calendar) {
    return dayOf(lexicon.month(m.group("m")), Integer.parseInt(m.group("d")), calendar);
  }

  private static TimeValue dayOf(int month, int day, DatelineCalendar calendar) {
    if (day < 1 || day > java.time.Month.of(month).maxLength()) {
      return null;
    }
    if (calendar == null) {
      return IsoTime.yearlessDay(month, day);
    }
    LocalDate date = calendar.nearest(month, day);
    return date == null ? null : IsoTime.day(date);
  }

  private TimeValue dayRange(Matcher m, String sentence, DatelineCalendar calendar) {
    int monthNumber = lexicon.month(m.group("m"));
    int first = Integer.parseInt(m.group("d1"));
    int last = Integer.parseInt(m.group("d2"));
    int maxDay = java.time.Month.of(monthNumber).maxLength();
    if (first < 1 || last <= first || last > maxDay) {
      return null;
    }
    try {
      if (m.group("y") != null) {
        int year = year(m);
        return IsoTime.range(LocalDate.of(year, monthNumber, first), LocalDate.of(year, monthNumber, last));
      }
      if (calendar == null) {
        return IsoTime.yearlessRange(monthNumber, first, monthNumber, last);
      }
      LocalDate start = calendar.nearest(monthNumber, first);
      return IsoTime.range(start, start.withDayOfMonth(last));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private TimeValue monthOfYear(Matcher m, String sentence, DatelineCalendar calendar) {
    return IsoTime.month(YearMonth.of(year(m), lexicon.month(m.group("m"))));
  }

  private TimeValue yearlessMonth(Matcher m, String sentence, DatelineCalendar calendar) {
    int monthNumber = lexicon.month(m.group("m"));
    return calendar == null ? IsoTime.yearlessMonth(monthNumber) : IsoTime.month(calendar.nearest(monthNumber));
  }

  private static TimeValue yearRange(Matcher m, String sentence, DatelineCalendar calendar) {
    int first = Integer.parseInt(m.group("y1"));
    String second = m.group("y2");
    int last = second.length() == 2 ? first / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
    return last > first ? IsoTime.yearRange(first, last) : null;
  }

  /** A bare number is a year only beside a word that makes it one ("in 1997", "the EU's 2004 ..."). */
  private TimeValue year(Matcher m, String sentence, DatelineCalendar calendar) {
    String before = sentence.substring(0, m.start()).stripTrailing();
    int wordStart = before.length();
    while (wordStart > 0 && !Character.isWhitespace(before.charAt(wordStart - 1))) {
      wordStart--;
    }
    String previous = before.substring(wordStart).toLowerCase(Locale.ROOT);
    String after = sentence.substring(m.end()).stripLeading();
    boolean yearWord = lexicon.yearContext.contains(previous.replaceAll("^[(\"“]+", ""));
    boolean possessive = previous.endsWith("'s") || previous.endsWith("’s");
    boolean endsPhrase = after.isEmpty() || ",.;:)\"”".indexOf(after.charAt(0)) >= 0;
    boolean opensPhrase = previous.isEmpty() || previous.endsWith("(") || previous.endsWith(",");
    boolean countsSomething = after.matches("(?s)\\p{Ll}+s\\b.*") && !TIME_PREPOSITIONS.contains(previous);
    boolean year = yearWord || possessive || (endsPhrase && opensPhrase);
    return year && !countsSomething ? IsoTime.year(year(m)) : null;
  }

  private static int year(Matcher m) {
    return Integer.parseInt(m.group("y"));
  }
}
