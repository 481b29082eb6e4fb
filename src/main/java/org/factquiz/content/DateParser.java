package org.factquiz.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses full calendar dates as newspapers write them: "17 February 2000", "Nov. 6, 2017", "2017-11-06". */
public final class DateParser {
  /** Month names and abbreviations, shared with the extractor's date rules. */
  static final String MONTHS = "lexicon/time-months.txt";

  private final Map<String, Integer> months = new java.util.HashMap<>();
  private final Pattern pattern;
  private final String month;

  public DateParser() {
    StringBuilder names = new StringBuilder();
    // the month lexicon the extractor's dates read too: number, then each form ("Sept.", "May*")
    for (String line : Lexicon.load(MONTHS).entries()) {
      String[] parts = line.split("\\s+");
      for (int i = 1; i < parts.length; i++) {
        String form = parts[i].replaceAll("[*.]+$", "");
        if (months.putIfAbsent(form.toLowerCase(Locale.ROOT), Integer.parseInt(parts[0])) == null) {
          names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(form));
        }
      }
    }
    month = "(?:" + names + ")\\.?";
    pattern = Pattern.compile(
        "(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<m1>" + month + "),?\\s+(?<y1>\\d{4})"
            + "|(?<m2>" + month + ")\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y2>\\d{4})"
            + "|(?<y3>\\d{4})-(?<m3>\\d{2})-(?<d3>\\d{2})");
  }

  /** The regular expression of a month name or abbreviation (no groups). */
  public String monthRegex() {
    return month;
  }

  /** The regular expression of a full date, for embedding in larger patterns (named groups inside). */
  public String regex() {
    return pattern.pattern();
  }

  /** A date at the very start of {@code text}, with the offset just after it. */
  public Optional<Match> parseAtStart(CharSequence text) {
    Matcher m = pattern.matcher(text);
    return m.lookingAt() ? toDate(m).map(d -> new Match(d, m.end())) : Optional.empty();
  }

  /** The date of a matcher built from {@link #regex()}. */
  public Optional<LocalDate> toDate(Matcher m) {
    try {
      if (m.group("y1") != null) {
        return Optional.of(LocalDate.of(year(m.group("y1")), month(m.group("m1")), Integer.parseInt(m.group("d1"))));
      }
      if (m.group("y2") != null) {
        return Optional.of(LocalDate.of(year(m.group("y2")), month(m.group("m2")), Integer.parseInt(m.group("d2"))));
      }
      return Optional.of(LocalDate.of(year(m.group("y3")), Integer.parseInt(m.group("m3")), Integer.parseInt(m.group("d3"))));
    } catch (DateTimeException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static int year(String y) {
    return Integer.parseInt(y);
  }

  private int month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.endsWith(".")) {
      key = key.substring(0, key.length() - 1);
    }
    return months.get(key);
  }

  /** A parsed date and where its text ends. */
  public record Match(LocalDate date, int end) {}
}
