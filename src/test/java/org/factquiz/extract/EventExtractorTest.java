package org.factquiz.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factquiz.content.Article;
import org.factquiz.content.Dateline;
import org.factquiz.content.Paragraph;
import org.factquiz.content.Sentence;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EventExtractorTest {
  /** A Thursday. */
  private static final LocalDate DATELINE = LocalDate.of(2015, 6, 11);
  private static final Person RUIZ = new Person("Ana Ruiz", List.of("Ruiz"), List.of("Foreign Minister"), null);
  private static final Person HADDAD = new Person("Omar Haddad", List.of("Haddad"), List.of(), null);
  private static final Body COUNCIL = new Body("Security Council", List.of("the council"), BodyKind.COUNCIL, null);

  private final EventExtractor extractor = new EventExtractor();

  /** An article of the given paragraphs, each a list of sentences. */
  private static Article article(LocalDate date, List<List<String>> paragraphs) {
    StringBuilder text = new StringBuilder();
    List<Paragraph> built = new ArrayList<>();
    for (List<String> sentences : paragraphs) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int paragraphStart = text.length();
      List<Sentence> list = new ArrayList<>();
      for (String s : sentences) {
        if (text.length() > paragraphStart) {
          text.append(' ');
        }
        list.add(new Sentence(built.size(), list.size(), text.length(), text.length() + s.length(), s));
        text.append(s);
      }
      built.add(new Paragraph(built.size(), paragraphStart, text.length(), text.substring(paragraphStart), list));
    }
    Dateline dateline = date == null ? null : new Dateline("Oslo", date, null, 0, 0);
    return new Article("test.txt", text.toString(), "Test", dateline, built);
  }

  private List<DatedEvent> events(LocalDate date, List<List<String>> paragraphs) {
    return extractor.extract(article(date, paragraphs), List.of(RUIZ, HADDAD), List.of(COUNCIL));
  }

  @Nested
  class DatedSentences {
    @Test
    void makesOneEventWithDateParticipantsAndEvidence() {
      String sentence = "Foreign Minister Ana Ruiz visited Lagos on Wednesday for talks with the council.";
      List<DatedEvent> events = events(DATELINE, List.of(List.of("A quiet week ended.", sentence)));
      assertEquals(1, events.size());
      DatedEvent event = events.get(0);
      assertEquals("2015-06-10", event.when().iso());
      assertEquals(List.of("Ana Ruiz"), event.people());
      assertEquals(List.of("Security Council"), event.bodies());
      assertEquals(sentence, event.evidence().sentence());
      assertEquals(20, event.evidence().start());
      assertTrue(event.what().contains("Ana Ruiz visited Lagos"), event.what());
      assertFalse(event.what().contains("Wednesday"), event.what());
    }

    @Test
    void makesAnEventPerDistinctDate() {
      List<DatedEvent> events = events(null, List.of(List.of("The pact signed in May 2009 was revised in March 2012.")));
      assertEquals(List.of("2009-05", "2012-03"), events.stream().map(e -> e.when().iso()).toList());
    }

    @Test
    void letsAStatedDayStandForTheRelativeWeekAroundIt() {
      List<DatedEvent> events = events(DATELINE, List.of(List.of("Last week the envoy told the radio station (June 3) that talks were over.")));
      assertEquals(List.of("2015-06-03"), events.stream().map(e -> e.when().iso()).toList());
    }

    @Test
    void keepsARelativeDateUnresolvedWithoutDateline() {
      List<DatedEvent> events = events(null, List.of(List.of("Last week the army withdrew from the valley.")));
      assertEquals(1, events.size());
      assertEquals(Granularity.UNRESOLVED, events.get(0).when().granularity());
    }

    @Test
    void prefersAnEventDateToAYearUsedAsALabel() {
      List<DatedEvent> events = events(null, List.of(List.of("The 2014 budget was approved at the end of 2013.")));
      assertEquals(List.of("2013"), events.stream().map(e -> e.when().iso()).toList());
    }
  }

  @Nested
  class UndatedSentences {
    @Test
    void ignoresDatesInsideQuotations() {
      assertTrue(events(DATELINE, List.of(List.of("\"We met them last week,\" the mayor said."))).isEmpty());
    }

    @Test
    void ignoresVagueTimesUnlessADateIsGivenInBrackets() {
      assertTrue(events(DATELINE, List.of(List.of("The envoy recently met the rebels."))).isEmpty());
      List<DatedEvent> events = events(DATELINE, List.of(List.of("The envoy recently met the rebels (June 2).")));
      assertEquals("2015-06-02", events.get(0).when().iso());
    }

    @Test
    void ignoresDatesWithoutAnAction() {
      assertTrue(events(DATELINE, List.of(List.of("Photo: the harbour at dawn, May 2009"))).isEmpty());
      assertTrue(events(DATELINE, List.of(List.of("Updated 6 November 2017"))).isEmpty());
      assertEquals(1, events(DATELINE, List.of(List.of("Ruiz resigned Monday."))).size());
      assertTrue(events(DATELINE, List.of(List.of("FILE PHOTO: Ana Ruiz attends a meeting in Lagos, Nigeria, May 3, 2015.",
          "WIRE/Jo Bloggs"))).isEmpty());
    }
  }

  @Nested
  class DatesFromContext {
    @Test
    void datesLaterThatDayFromTheStorysLastDay() {
      List<DatedEvent> events = events(DATELINE, List.of(
          List.of("Police raided the offices on Monday.", "Later that day the editor was released.")));
      assertEquals(List.of("2015-06-08", "2015-06-08"), events.stream().map(e -> e.when().iso()).toList());
    }

    @Test
    void datesTheSameDayFromTheStorysLastDay() {
      List<DatedEvent> events = events(null, List.of(
          List.of("On January 22 the army seized the port.", "The rebels fled to the hills the same day.")));
      assertEquals(List.of("XXXX-01-22", "XXXX-01-22"), events.stream().map(e -> e.when().iso()).toList());
    }

    @Test
    void datesAReferenceToAnEarlierDatedHappening() {
      List<DatedEvent> events = events(DATELINE, List.of(
          List.of("Talks stalled after the army's shelling of Hama last autumn."),
          List.of("The opposition has boycotted the council since the shelling of Hama.")));
      assertEquals(2, events.size());
      assertEquals("2014-autumn", events.get(1).when().iso());
      assertEquals(List.of("Security Council"), events.get(1).bodies());
    }

    @Test
    void datesAMeetingToldAgainWithAVerbFromItsDatedMention() {
      List<DatedEvent> events = events(DATELINE, List.of(
          List.of("Tuesday's talks in Rabat between Ana Ruiz and rebel envoys ended early."),
          List.of("Officials said little.", "In a statement issued after Ruiz met the envoys, both sides urged calm."),
          List.of("Haddad met the envoys too.")));
      assertEquals(List.of("2015-06-09", "2015-06-09"), events.stream().map(e -> e.when().iso()).toList());
    }

    @Test
    void datesAPronounLedActionFromThePreviousSentence() {
      List<DatedEvent> events = events(null, List.of(List.of(
          "Ruiz's first visit to Tehran in May 2014 was meant to revive the talks.",
          "She and Foreign Minister Omar Haddad signed a protocol on trade.",
          "She said the talks went well.")));
      assertEquals(2, events.size());
      assertEquals("2014-05", events.get(1).when().iso());
      assertEquals(List.of("Ana Ruiz"), events.get(0).people());
      assertEquals(List.of("Omar Haddad"), events.get(1).people());
    }
  }
}
