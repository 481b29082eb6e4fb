package org.factquiz.extract;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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

  private final TemporalLexicon lexicon;
  private final List<TemporalRule> rules = new ArrayList<>();

  public TemporalExpressionFinder() {
    this.lexicon = TemporalLexicon.english();
    rules.addAll(new CalendarDateRules(lexicon).rules());
    rules.addAll(new RelativeDateRules(lexicon).rules());
    String edge = "(?<![\\w-])(?<t>(?i:";
    rules.add(TemporalRule.of(edge + TemporalLexicon.alternation(lexicon.vaguePhrases) + "))(?![\\w-])",
        TimeReference.VAGUE, (m, s, c) -> TimeValue.unresolved()));
    rules.add(TemporalRule.of(edge + TemporalLexicon.alternation(lexicon.storyOffsets.keySet()) + "))(?![\\w-])",
        TimeReference.STORY, (m, s, c) -> TimeValue.unresolved()));
  }

  /** Every temporal expression of the sentence, in text order; {@code anchor} is null without a dateline. */
  public List<TemporalMention> find(String sentence, LocalDate anchor) {
    DatelineCalendar calendar = anchor == null ? null : new DatelineCalendar(anchor);
    List<TemporalMention> candidates = new ArrayList<>();
    for (TemporalRule rule : rules) {
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
    Integer offset = lexicon.storyOffsets.get(mention.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
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

  private static List<TemporalMention> longestFirst(List<TemporalMention> candidates) {
    candidates.sort(Comparator.comparingInt((TemporalMention m) -> m.start() - m.end()).thenComparingInt(TemporalMention::start));
    List<TemporalMention> chosen = new ArrayList<>();
    for (TemporalMention candidate : candidates) {
      if (chosen.stream().noneMatch(c -> c.overlaps(candidate.start(), candidate.end()))) {
        chosen.add(candidate);
      }
    }
    chosen.sort(Comparator.comparingInt(TemporalMention::start));
    return chosen;
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
