package org.factquiz.content;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds datelines: "Lisbon, 3 April 2001 (AFP) --" or "Oslo, 9 June 1999" at the
 * start of a paragraph, "TOKYO (Reuters) -" or "MOSCOW (AP) _" after a date on a line of its own,
 * and date-only lines such as "November 6, 2017" or "Published: 6 November 2017".
 */
final class DatelineFinder {
  private static final String WORD = "[\\p{Lu}][\\p{L}'.\\-]*";
  private static final String PLACE = WORD + "(?:\\s+(?:" + WORD + "|de|of|la|el|al))" + "{0,3}";
  private static final String SOURCE = "\\((?<source>[^()\\n]{1,40})\\)";
  private static final String DASH = "(?:--|\u2014|\u2013|-|_|:)";

  private final DateParser dates = new DateParser();
  private final Pattern placeDate;
  private final Pattern placeSource;
  private final Pattern placeMonthDaySource;
  private final Pattern capsPlace = Pattern.compile("(?<place>[\\p{Lu}][\\p{Lu}'.\\-]+(?:\\s+[\\p{Lu}][\\p{Lu}'.\\-]+){0,3})\\s*" + DASH + "\\s+");
  private final Pattern dateLinePrefix = Pattern.compile(
      "(?i)(?:(?:published|updated|posted|last updated|date)\\s*:?\\s*)?"
          + "(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\\s+)?");
  private final Pattern timeTail = Pattern.compile("(?i)[\\s,]*(?:at\\s+)?(?:\\d{1,2}[:.]\\d{2}\\s*(?:a\\.?m\\.?|p\\.?m\\.?)?\\s*(?:[A-Z]{2,4})?)?\\s*");

  DatelineFinder() {
    placeDate = Pattern.compile("(?<place>" + PLACE + ")\\s*,\\s*(?<date>" + dates.regex() + ")\\s*(?:" + SOURCE + ")?\\s*(?:" + DASH + "\\s+|$)");
    placeSource = Pattern.compile("(?<place>" + PLACE + ")\\s*" + SOURCE + "\\s*" + DASH + "\\s+");
    placeMonthDaySource = Pattern.compile("(?<place>" + PLACE + "),\\s*" + dates.monthRegex() + "\\s+\\d{1,2}\\s*" + SOURCE + "\\s*"
        + DASH + "\\s+");
  }

  /** A dateline at {@code from}: the place and date, and where the body text starts. */
  Optional<Dateline> atStart(String text, int from, int to, LocalDate dateFromEarlierLine) {
    CharSequence region = text.subSequence(from, to);
    Matcher m = placeDate.matcher(region);
    if (m.lookingAt()) {
      Optional<LocalDate> date = dates.toDate(m);
      if (date.isPresent()) {
        return Optional.of(new Dateline(place(m.group("place")), date.get(), m.group("source"), from, from + m.end()));
      }
    }
    m = placeMonthDaySource.matcher(region);
    if (m.lookingAt()) { // "BRUSSELS, March 4 (Reuters) -": the year comes only from a date line, if any
      return Optional.of(new Dateline(place(m.group("place")), dateFromEarlierLine, m.group("source"), from, from + m.end()));
    }
    m = placeSource.matcher(region);
    if (m.lookingAt()) {
      return Optional.of(new Dateline(place(m.group("place")), dateFromEarlierLine, m.group("source"), from, from + m.end()));
    }
    m = capsPlace.matcher(region);
    if (dateFromEarlierLine != null && m.lookingAt()) {
      return Optional.of(new Dateline(place(m.group("place")), dateFromEarlierLine, null, from, from + m.end()));
    }
    return Optional.empty();
  }

  /** The date of a line that holds nothing but a date (with an optional label and time). */
  Optional<LocalDate> dateOnlyLine(String line) {
    Matcher prefix = dateLinePrefix.matcher(line);
    int at = prefix.lookingAt() ? prefix.end() : 0;
    Optional<DateParser.Match> match = dates.parseAtStart(line.substring(at));
    if (match.isEmpty()) {
      return Optional.empty();
    }
    String rest = line.substring(at + match.get().end());
    return timeTail.matcher(rest).matches() ? Optional.of(match.get().date()) : Optional.empty();
  }

  /** "TOKYO" becomes "Tokyo", "NEW YORK" "New York"; mixed case is kept. */
  private static String place(String raw) {
    String p = raw.strip();
    if (!p.equals(p.toUpperCase(Locale.ROOT))) {
      return p;
    }
    StringBuilder out = new StringBuilder();
    for (String w : p.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
    }
    return out.toString();
  }
}
