package org.factquiz.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemporalExpressionFinderTest {
  /** A Thursday. */
  private static final LocalDate DATELINE = LocalDate.of(2015, 6, 11);
  private final TemporalExpressionFinder finder = new TemporalExpressionFinder();

  private TemporalMention only(String sentence, LocalDate anchor) {
    List<TemporalMention> found = finder.find(sentence, anchor);
    assertEquals(1, found.size(), () -> "mentions in '" + sentence + "': " + found);
    return found.get(0);
  }

  private String iso(String sentence, LocalDate anchor) {
    return only(sentence, anchor).value().iso();
  }

  @Nested
  class CalendarDates {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The treaty was signed on 4 March 2009 in Lisbon.|2009-03-04|DAY",
        "The treaty was signed on March 4, 2009, in Lisbon.|2009-03-04|DAY",
        "Talks opened in April of 2011 and stalled.|2011-04|MONTH",
        "The plant closed in October 2012 after losses.|2012-10|MONTH",
        "The bank was founded in 1987 by two brothers.|1987|YEAR",
        "Sales recovered by the beginning of 2013, the firm said.|2013-01|MONTH",
        "The summit ran from October 3-5, 2010 in Seoul.|2010-10-03/2010-10-05|RANGE",
        "The reforms of the spring of 2008 were reversed.|2008-spring|SEASON"})
    void normalisesDatesStatedWithTheirYear(String sentence, String iso, Granularity granularity) {
      for (LocalDate anchor : new LocalDate[] {DATELINE, null}) {
        TemporalMention mention = only(sentence, anchor);
        assertEquals(iso, mention.value().iso(), sentence);
        assertEquals(granularity, mention.value().granularity(), sentence);
        assertEquals(TimeReference.CALENDAR, mention.reference(), sentence);
      }
    }

    @Test
    void givesAYearlessDateItsLatestYearUpToTheDateline() {
      assertEquals("2015-05-18", iso("The miners went on strike on May 18.", DATELINE));
      assertEquals("2014-12-30", iso("The mayor resigned on December 30.", DATELINE));
      assertEquals("2015-02", iso("A vote was held in mid-February.", DATELINE));
      assertEquals("2014-07", iso("The chancellor has ruled since taking office in July.", DATELINE));
    }

    @Test
    void givesAYearlessDateTheComingYearWhenTheClauseLooksAhead() {
      assertEquals("2015-06-20", iso("Leaders meet at a summit on June 20.", DATELINE));
      assertEquals("2016-03-01", iso("The election is scheduled for March 1.", DATELINE));
      assertEquals("2015-09", iso("The law will take effect in September.", DATELINE));
    }

    @Test
    void keepsXDigitsForAYearlessDateWithoutDateline() {
      assertEquals("XXXX-05-18", iso("The miners went on strike on May 18.", null));
      assertEquals("XXXX-01-20/XXXX-01-22", iso("The envoy toured the region (agencies, January 20-22).", null));
      assertEquals("XXXX-02", iso("A vote is expected in mid-February.", null));
      assertEquals("XXXX-08", iso("The governor was appointed in August of last year.", null));
    }

    @Test
    void readsEveryYearOfAList() {
      List<String> years = finder.find("Elections were held in 2004, 2008 and 2012.", null).stream()
          .map(m -> m.value().iso()).toList();
      assertEquals(List.of("2004", "2008", "2012"), years);
    }

    @Test
    void readsAYearUsedAsALabel() {
      assertEquals("2004", iso("The ministry revised its 2004 Defence Review.", null));
    }
  }

  @Nested
  class RelativeToTheDateline {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Wednesday's meeting in Geneva ended without a deal.|2015-06-10",
        "The minister spoke on Thursday in parliament.|2015-06-11",
        "The union said Monday that it would strike.|2015-06-08",
        "Yesterday's vote surprised analysts.|2015-06-10",
        "The council meets today in Vienna.|2015-06-11",
        "Three days ago the rebels seized the airport.|2015-06-08",
        "The delegation will arrive on Friday for talks.|2015-06-12",
        "The board meets again next Friday in Oslo.|2015-06-12"})
    void resolvesDaysAgainstTheDateline(String sentence, String iso) {
      TemporalMention mention = only(sentence, DATELINE);
      assertEquals(iso, mention.value().iso(), sentence);
      assertEquals(Granularity.DAY, mention.value().granularity());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Last week, the president vetoed the bill.|2015-06-01/2015-06-07|RANGE",
        "The plan was leaked late last week to reporters.|2015-06-01/2015-06-05|RANGE",
        "Two weeks ago the army withdrew from the town.|2015-05-25/2015-05-31|RANGE",
        "The report was published two week ago by the agency.|2015-05-25/2015-05-31|RANGE",
        "A ceasefire was agreed a few weeks ago by both sides.|2015-05-11/2015-05-31|RANGE",
        "Protests spread over the weekend to other cities.|2015-06-06/2015-06-07|RANGE",
        "Protests spread this past weekend to other cities.|2015-06-06/2015-06-07|RANGE",
        "Last month, the court struck down the law.|2015-05|MONTH",
        "Voters prepare for next month's referendum.|2015-07|MONTH",
        "The ministry cut its budget last year.|2014|YEAR",
        "Elections will be held this year, the king said.|2015|YEAR",
        "The floods of last spring destroyed the harvest.|2014-spring|SEASON",
        "The dispute started in May last year.|2014-05|MONTH"})
    void resolvesWeeksMonthsYearsAndSeasons(String sentence, String iso, Granularity granularity) {
      TemporalMention mention = only(sentence, DATELINE);
      assertEquals(iso, mention.value().iso(), sentence);
      assertEquals(granularity, mention.value().granularity(), sentence);
      assertEquals(TimeReference.DATELINE, mention.reference(), sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Wednesday's meeting in Geneva ended without a deal.",
        "Yesterday's vote surprised analysts.",
        "The floods of last spring destroyed the harvest.",
        "The plan was leaked late last week to reporters.",
        "The company expects profits next year.",
        "Two weeks ago the army withdrew from the town."})
    void leavesRelativeDatesUnresolvedWithoutDateline(String sentence) {
      TemporalMention mention = only(sentence, null);
      assertEquals(null, mention.value().iso(), sentence);
      assertEquals(Granularity.UNRESOLVED, mention.value().granularity(), sentence);
    }
  }

  @Nested
  class StatedDateWins {
    @Test
    void prefersTheDateInBracketsAfterARelativeOne() {
      TemporalMention mention = only("Two days ago (June 2) the ferry sank off the coast.", DATELINE);
      assertEquals("2015-06-02", mention.value().iso());
      assertEquals("Two days ago (June 2)", mention.text());
      assertEquals("2015-06-02", iso("Speaking last week (June 2) to farmers, the minister promised aid.", DATELINE));
    }

    @Test
    void prefersTheDateAfterAWeekday() {
      assertEquals("2015-06-01", iso("The envoy arrived on Monday, June 1, in Kabul.", DATELINE));
    }
  }

  @Nested
  class StoryAndVagueTimes {
    @Test
    void resolvesTheSameDayAgainstTheStory() {
      TemporalMention mention = only("The premier resigned the same day.", DATELINE);
      assertEquals(TimeReference.STORY, mention.reference());
      assertEquals("XXXX-03-02", finder.resolveInStory(mention, IsoTime.yearlessDay(3, 2)).iso());
      TemporalMention later = only("Two days later the rebels freed the hostages.", DATELINE);
      assertEquals("XXXX-03-04", finder.resolveInStory(later, IsoTime.yearlessDay(3, 2)).iso());
      TemporalMention next = only("Troops left the following day.", DATELINE);
      assertEquals("2015-03-03", finder.resolveInStory(next, IsoTime.day(LocalDate.of(2015, 3, 2))).iso());
    }

    @Test
    void marksVagueTimesAsUnresolved() {
      for (String sentence : List.of("Exports have recovered in recent days.", "The envoy recently met the rebels.",
          "Prices have doubled over the past three years.", "A decision is expected in the coming weeks.",
          "The two sides signed a deal a couple years ago.")) {
        TemporalMention mention = only(sentence, DATELINE);
        assertEquals(TimeReference.VAGUE, mention.reference());
        assertEquals(null, mention.value().iso());
      }
    }
  }

  @Nested
  class NotDates {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Officials say the talks may fail.",
        "Prime Minister Theresa May said the vote would go ahead.",
        "Thousands march on the capital every year in protest.",
        "The 28-nation bloc sent 2000 troops to the border.",
        "A second wave of strikes hit the ports.",
        "The country joined the Clean Harbours programme.",
        "After a year of talks, a two-week truce began.",
        "The report runs to 1500 pages."})
    void findsNothingInSentencesWithoutADate(String sentence) {
      assertTrue(finder.find(sentence, DATELINE).isEmpty(), () -> sentence + " -> " + finder.find(sentence, DATELINE));
    }
  }
}
