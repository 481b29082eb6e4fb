package org.factquiz.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.Matcher;

/**
 * Rules for dates written in calendar terms: "17 February 2000", "February 17, 2000",
 * "January 20-22", "May 18", "in May of 1997", "December 2000", "in 1999", "the beginning of 2001".
 * A date without its year is placed by the tense around it (see {@link DatelineCalendar}), or keeps X
 * digits when there is no dateline.
 */
final class CalendarDateRules {
  private static final String YEAR = "(?<y>1[5-9]\\d\\d|20\\d\\d)";
  private static final String DAY = "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?";
  private static final String NUMBER_BEFORE = "(?<![\\w.,$£€-])";
  private static final String WORD_AFTER = "(?![\\w-])";

  /** Before these a number is a year even when a plural follows ("in 1999 elections were held"). */
  private static final Set<String> TIME_PREPOSITIONS =
      Set.of("in", "since", "during", "until", "till", "by", "from", "through", "before", "after");

  /** "in 2004, 2008 and 2012": a year right after another year is one too. */
  private static final Pattern YEAR_IN_LIST = Pattern.compile("(?:1[5-9]|20)\\d\\d,");

  /** How much text around a bare number is read to tell a year from a count. */
  private static final int NEIGHBOURHOOD = 40;

  private final TemporalLexicon lexicon;
  private final TenseCues tense;
  private final String month;
  private final String plainMonth;

  CalendarDateRules(TemporalLexicon lexicon) {
    this.lexicon = lexicon;
    this.tense = new TenseCues(lexicon);
    this.month = "(?<m>" + TemporalLexicon.alternation(lexicon.months.keySet()) + ")";
    this.plainMonth = "(?<m>" + TemporalLexicon.alternation(
        lexicon.months.keySet().stream().filter(m -> !lexicon.ambiguousMonths.contains(m)).toList()) + ")";
  }

  List<TemporalRule> rules() {
    String notPossessive = "(?!['’]s)";
    String noDayAfter = "(?!,?\\s*\\d)";
    return List.of(
        TemporalRule.of(NUMBER_BEFORE + DAY + "\\s+(?:of\\s+)?" + month + ",?\\s+" + YEAR + WORD_AFTER,
            TimeReference.CALENDAR, TimeCues.MONTH | TimeCues.YEAR, this::fullDate),
        TemporalRule.of("(?<![\\w-])" + month + "\\s+" + DAY + ",?\\s+" + YEAR + WORD_AFTER,
            TimeReference.CALENDAR, TimeCues.MONTH | TimeCues.YEAR, this::fullDate),
        TemporalRule.of("(?<![\\w-])" + month + "\\s+(?<d1>[0-3]?\\d)\\s*(?:-|–|—|to|through|and)\\s*(?<d2>[0-3]?\\d)"
            + "(?:,?\\s+" + YEAR + ")?" + WORD_AFTER, TimeReference.CALENDAR, TimeCues.MONTH | TimeCues.DIGIT, this::dayRange),
        TemporalRule.of(NUMBER_BEFORE + "(?<d1>[0-3]?\\d)\\s*(?:-|–|—|to|and)\\s*(?<d2>[0-3]?\\d)\\s+" + month
            + "(?:,?\\s+" + YEAR + ")?" + WORD_AFTER, TimeReference.CALENDAR, TimeCues.MONTH | TimeCues.DIGIT, this::dayRange),
        TemporalRule.of("(?<![\\w-])" + month + "\\s+" + DAY + "(?![\\w-]|[.,:]\\d|\\s*[-–]\\s*\\d)",
            TimeReference.CALENDAR, TimeCues.MONTH | TimeCues.DIGIT, this::yearlessDate),
        TemporalRule.of(NUMBER_BEFORE + DAY + "\\s+(?:of\\s+)?" + month + WORD_AFTER + "(?!,?\\s+\\d)",
            TimeReference.CALENDAR, TimeCues.MONTH | TimeCues.DIGIT, this::yearlessDate),
        TemporalRule.of("(?<![\\w-])(?<t>(?:(?i:early|mid|late)[- ])?" + month + ",?\\s+(?:of\\s+)?" + YEAR + ")"
            + WORD_AFTER, TimeReference.CALENDAR, TimeCues.MONTH | TimeCues.YEAR, this::monthOfYear),
        TemporalRule.of("(?<![\\w-])(?<t>(?:(?i:early|mid|late)[- ])?" + plainMonth + ")" + WORD_AFTER
            + noDayAfter + notPossessive, TimeReference.CALENDAR, TimeCues.MONTH, this::yearlessMonth),
        TemporalRule.of("(?<![\\w-])(?i:in|since|until|till|by|from|through|during|before|after|of)\\s+(?<t>"
            + month + ")" + WORD_AFTER + noDayAfter + notPossessive, TimeReference.CALENDAR, TimeCues.MONTH, this::yearlessMonth),
        TemporalRule.of("(?<![\\w-])(?<t>(?i:early|mid|late)[- ]" + month + ")" + WORD_AFTER + noDayAfter,
            TimeReference.CALENDAR, TimeCues.MONTH, this::yearlessMonth),
        TemporalRule.of("\\((?<t>" + month + ")\\)", TimeReference.CALENDAR, TimeCues.MONTH, this::yearlessMonth),
        TemporalRule.of("(?<t>(?i:the\\s+(?:beginning|start|outset)\\s+of)\\s+" + YEAR + ")" + WORD_AFTER,
            TimeReference.CALENDAR, TimeCues.YEAR, (m, s, c) -> IsoTime.month(YearMonth.of(year(m), 1))),
        TemporalRule.of("(?<![\\w-])(?:(?i:the)\\s+)?(?<s>(?i:" + TemporalLexicon.alternation(lexicon.seasons.keySet())
            + "))\\s+(?:(?i:of)\\s+)?" + YEAR + WORD_AFTER, TimeReference.CALENDAR, TimeCues.SEASON | TimeCues.YEAR,
            (m, s, c) -> IsoTime.season(year(m), lexicon.seasons.get(m.group("s").toLowerCase(Locale.ROOT)).label())),
        TemporalRule.of(NUMBER_BEFORE + "(?<y1>1[5-9]\\d\\d|20\\d\\d)\\s*(?:-|–|to)\\s*(?<y2>1[5-9]\\d\\d|20\\d\\d|\\d\\d)"
            + WORD_AFTER, TimeReference.CALENDAR, TimeCues.YEAR, CalendarDateRules::yearRange),
        TemporalRule.of(NUMBER_BEFORE + YEAR + "(?![\\w-]|[.,]\\d|\\s*%)", TimeReference.CALENDAR, TimeCues.YEAR, this::year));
  }

  private TimeValue fullDate(Matcher m, String sentence, DatelineCalendar calendar) {
    try {
      return IsoTime.day(LocalDate.of(year(m), lexicon.month(m.group("m")), Integer.parseInt(m.group("d"))));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private TimeValue yearlessDate(Matcher m, String sentence, DatelineCalendar calendar) {
    return dayOf(lexicon.month(m.group("m")), Integer.parseInt(m.group("d")), calendar, when(sentence, m.start()));
  }

  /** +1 when the clause looks ahead, -1 when it looks back, 0 when it does not tell. */
  private int when(String sentence, int position) {
    return tense.future(sentence, position) ? 1 : tense.past(sentence, position) ? -1 : 0;
  }

  private static TimeValue dayOf(int month, int day, DatelineCalendar calendar, int tense) {
    if (day < 1 || day > Month.of(month).maxLength()) {
      return null;
    }
    if (calendar == null) {
      return IsoTime.yearlessDay(month, day);
    }
    LocalDate date = calendar.yearFor(month, day, tense);
    return date == null ? null : IsoTime.day(date);
  }

  private TimeValue dayRange(Matcher m, String sentence, DatelineCalendar calendar) {
    int monthNumber = lexicon.month(m.group("m"));
    int first = Integer.parseInt(m.group("d1"));
    int last = Integer.parseInt(m.group("d2"));
    int maxDay = Month.of(monthNumber).maxLength();
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
      LocalDate start = calendar.yearFor(monthNumber, first, when(sentence, m.start()));
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
    return calendar == null ? IsoTime.yearlessMonth(monthNumber)
        : IsoTime.month(calendar.yearFor(monthNumber, when(sentence, m.start())));
  }

  private static TimeValue yearRange(Matcher m, String sentence, DatelineCalendar calendar) {
    int first = Integer.parseInt(m.group("y1"));
    String second = m.group("y2");
    int last = second.length() == 2 ? first / 100 * 100 + Integer.parseInt(second) : Integer.parseInt(second);
    return last > first ? IsoTime.yearRange(first, last) : null;
  }

  /** A bare number is a year only beside a word that makes it one ("in 1997", "the EU's 2004 ..."). */
  private TimeValue year(Matcher m, String sentence, DatelineCalendar calendar) {
    String before = sentence.substring(Math.max(0, m.start() - NEIGHBOURHOOD), m.start()).stripTrailing();
    int wordStart = before.length();
    while (wordStart > 0 && !Character.isWhitespace(before.charAt(wordStart - 1))) {
      wordStart--;
    }
    String previous = before.substring(wordStart).toLowerCase(Locale.ROOT);
    String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + NEIGHBOURHOOD)).stripLeading();
    boolean yearWord = lexicon.yearContext.contains(previous.replaceAll("^[(\"“]+", ""))
        || YEAR_IN_LIST.matcher(previous).matches();
    boolean possessive = previous.endsWith("'s") || previous.endsWith("’s");
    boolean endsPhrase = after.isEmpty() || ",.;:)\"”".indexOf(after.charAt(0)) >= 0;
    boolean opensPhrase = (previous.isEmpty() && m.start() < NEIGHBOURHOOD) || previous.endsWith("(") || previous.endsWith(",");
    boolean countsSomething = after.matches("(?s)\\p{Ll}+s\\b.*") && !TIME_PREPOSITIONS.contains(previous);
    boolean year = yearWord || possessive || (endsPhrase && opensPhrase);
    return year && !countsSomething ? IsoTime.year(year(m)) : null;
  }

  private static int year(Matcher m) {
    return Integer.parseInt(m.group("y"));
  }
}
