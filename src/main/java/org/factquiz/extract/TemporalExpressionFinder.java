package org.factquiz.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every date and temporal expression in a sentence and normalises it against the dateline
 * (the anchor), following the gold schema: stated dates as given, relative ones resolved, year-less
 * ones with X digits and relative ones unresolved when there is no anchor. Thread-safe.
 */
public final class TemporalExpressionFinder {
  private static final Pattern OPEN_PAREN = Pattern.compile("\\s*\\(\\s*");
  private static final Pattern CLOSE_PAREN = Pattern.compile("\\s*\\)");
  private static final Pattern COMMA = Pattern.compile(",?\\s+");
  private static final int LEAP_YEAR = 2000;
  private static final Pattern DAYS_LATER = Pattern.compile("(.+) days? (later|earlier)");

  private final TemporalLexicon lexicon;
  private final List<TemporalRule> rules = new ArrayList<>();
  private final TimeCues cues;

  public TemporalExpressionFinder() {
    this.lexicon = TemporalLexicon.english();
    this.cues = new TimeCues(lexicon);
    // "a couple of years ago" is too vague to date (gold convention); listed first to win the tie
    rules.add(TemporalRule.of("(?<![\\w-])(?<t>(?i:(?:a\\s+couple(?:\\s+of)?|a\\s+few|several|many|some)\\s+(?:years|decades)\\s+ago))"
        + "(?![\\w-])", TimeReference.VAGUE, TimeCues.AGO, (m, s, c) -> TimeValue.unresolved()));
    rules.addAll(new CalendarDateRules(lexicon).rules());
    rules.addAll(new RelativeDateRules(lexicon).rules());
    String edge = "(?<![\\w-])(?<t>(?i:";
    rules.add(TemporalRule.of(edge + TemporalLexicon.alternation(lexicon.vaguePhrases) + "))(?![\\w-])",
        TimeReference.VAGUE, TimeCues.VAGUE, (m, s, c) -> TimeValue.unresolved()));
    rules.add(TemporalRule.of("(?<![\\w-])(?<t>(?i:(?:in|over|during|for|throughout)\\s+the\\s+(?:past|last|previous)\\s+"
        + "(?:(?:few|several|two|three|\\d+)\\s+)?(?:days?|weeks?|months?|years?|decades?)))(?![\\w-])",
        TimeReference.VAGUE, TimeCues.UNIT, (m, s, c) -> TimeValue.unresolved()));
    rules.add(TemporalRule.of("(?<![\\w-])(?<t>(?<q>\\d{1,2}|(?i:" + TemporalLexicon.alternation(lexicon.quantities.keySet())
        + "))\\s+(?i:days?)\\s+(?i:later|earlier))(?![\\w-])", TimeReference.STORY, TimeCues.UNIT,
        (m, s, c) -> lexicon.quantity(m.group("q")) == null ? null : TimeValue.unresolved()));
    rules.add(TemporalRule.of(edge + TemporalLexicon.alternation(lexicon.storyOffsets.keySet()) + "))(?![\\w-])",
        TimeReference.STORY, TimeCues.UNIT, (m, s, c) -> TimeValue.unresolved()));
  }

  /** Every temporal expression of the sentence, in text order; {@code anchor} is null without a dateline. */
  public List<TemporalMention> find(String sentence, LocalDate anchor) {
    DatelineCalendar calendar = anchor == null ? null : new DatelineCalendar(anchor);
    List<TemporalMention> candidates = new ArrayList<>();
    int present = cues.of(sentence);
    if (present == 0) {
      return List.of();
    }
    for (TemporalRule rule : rules) {
      if (!rule.worthTrying(present)) {
        continue;
      }
      Matcher matcher = rule.pattern().matcher(sentence);
      while (matcher.find()) {
        TimeValue value = rule.resolver().resolve(matcher, sentence, calendar);
        if (value != null) {
          int start = rule.start(matcher);
          int end = rule.end(matcher);
          candidates.add(new TemporalMention(start, end, sentence.substring(start, end), value, rule.reference()));
        }
      }
    }
    return mergeExplicitDates(sentence, longestFirst(candidates));
  }

  /** The day a story-relative mention ("the same day") names, given the story's last day. */
  public TimeValue resolveInStory(TemporalMention mention, TimeValue lastDay) {
    Integer offset = storyOffset(mention.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    if (offset == null || lastDay == null || !lastDay.resolved()) {
      return TimeValue.unresolved();
    }
    if (offset == 0) {
      return lastDay;
    }
    if (lastDay.granularity() != Granularity.DAY) {
      return TimeValue.unresolved();
    }
    if (lastDay.iso().startsWith("XXXX")) {
      MonthDay day = MonthDay.parse("--" + lastDay.iso().substring(5));
      LocalDate shifted = day.atYear(LEAP_YEAR).plusDays(offset);
      return IsoTime.yearlessDay(shifted.getMonthValue(), shifted.getDayOfMonth());
    }
    return IsoTime.day(LocalDate.parse(lastDay.iso()).plusDays(offset));
  }

  /** Days from the story's last day: a listed phrase, or "two days later" / "three days earlier". */
  private Integer storyOffset(String phrase) {
    Integer listed = lexicon.storyOffsets.get(phrase);
    if (listed != null) {
      return listed;
    }
    Matcher m = DAYS_LATER.matcher(phrase);
    if (!m.matches()) {
      return null;
    }
    TemporalLexicon.Quantity quantity = lexicon.quantity(m.group(1));
    if (quantity == null || quantity.least() != quantity.most()) {
      return null;
    }
    return "later".equals(m.group(2)) ? quantity.least() : -quantity.least();
  }

  /** Keeps the longest of overlapping candidates (the earlier one on a tie). */
  private static List<TemporalMention> longestFirst(List<TemporalMention> candidates) {
    candidates.sort(Comparator.comparingInt((TemporalMention m) -> m.start() - m.end()).thenComparingInt(TemporalMention::start));
    TreeMap<Integer, TemporalMention> chosen = new TreeMap<>();
    for (TemporalMention candidate : candidates) {
      Map.Entry<Integer, TemporalMention> before = chosen.floorEntry(candidate.start());
      Map.Entry<Integer, TemporalMention> after = chosen.ceilingEntry(candidate.start());
      boolean overlaps = (before != null && before.getValue().end() > candidate.start())
          || (after != null && after.getKey() < candidate.end());
      if (!overlaps) {
        chosen.put(candidate.start(), candidate);
      }
    }
    return new ArrayList<>(chosen.values());
  }

  /** "two days ago (May 18)", "last week (May 12)", "Monday, March 6": the stated date wins. */
  private static List<TemporalMention> mergeExplicitDates(String sentence, List<TemporalMention> mentions) {
    List<TemporalMention> merged = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      TemporalMention current = mentions.get(i);
      TemporalMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
      if (next != null && current.reference() != TimeReference.CALENDAR && next.reference() == TimeReference.CALENDAR) {
        String gap = sentence.substring(current.end(), next.start());
        int end = -1;
        if (OPEN_PAREN.matcher(gap).matches()) {
          Matcher close = CLOSE_PAREN.matcher(sentence).region(next.end(), sentence.length());
          end = close.lookingAt() ? close.end() : -1;
        } else if (COMMA.matcher(gap).matches() && current.value().granularity() == Granularity.DAY
            && next.value().granularity() == Granularity.DAY) {
          end = next.end();
        }
        if (end > 0) {
          merged.add(new TemporalMention(current.start(), end, sentence.substring(current.start(), end), next.value(),
              TimeReference.CALENDAR));
          i++;
          continue;
        }
      }
      merged.add(current);
    }
    return merged;
  }
}
