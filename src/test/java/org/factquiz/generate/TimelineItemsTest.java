package org.factquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.DatedEvent;
import org.factquiz.extract.EventKind;
import org.factquiz.extract.Evidence;
import org.factquiz.extract.Granularity;
import org.factquiz.extract.TimeValue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Which events may be timeline items and asked about, on events written for the test. */
class TimelineItemsTest {
  /** An event whose evidence sentence states its date. */
  private static DatedEvent event(String what, String iso, Granularity g, EventKind kind) {
    String sentence = what + " (" + iso + ").";
    return new DatedEvent(what, new TimeValue(iso, g), List.of(), List.of(),
        new Evidence("t.txt", 0, 0, sentence.length(), sentence), kind);
  }

  private static DatedEvent happening(String what, String iso, Granularity g) {
    return event(what, iso, g, EventKind.HAPPENING);
  }

  @Nested
  class Items {
    @Test
    void onlyHappeningsWithWholeDescriptionsAreItems() {
      assertEquals("Ana Ruiz opened the Bergen Bridge",
          TimelineItems.text(happening("Ana Ruiz opened the Bergen Bridge", "2014-05", Granularity.MONTH)));
      assertNull(TimelineItems.text(event("Ties between Oslo and Bergen have improved", "2013-05", Granularity.MONTH,
          EventKind.STATE)));
      assertNull(TimelineItems.text(event("Omar Haddad said the bridge could be finished", "2015", Granularity.YEAR,
          EventKind.PROSPECT)));
      assertNull(TimelineItems.text(happening("Omar Haddad said that the ferry and the bridge and the …", "2015-06",
          Granularity.MONTH)));
    }

    @Test
    void aLongDescriptionEndsBeforeItsPurposePhraseOrIsLeftOut() {
      String purpose = "The Harbour Council of the City of Bergen is meeting in Oslo to discuss changes in spending on "
          + "ferries, bridges, harbours and roads over the last ten years";
      assertEquals("The Harbour Council of the City of Bergen is meeting in Oslo",
          TimelineItems.text(happening(purpose, "2015-06-11", Granularity.DAY)));
      String long_ = "Omar Haddad said that the ferries, the bridges, the tunnels, the roads and the railways of the "
          + "western region would all be rebuilt by next spring";
      assertNull(TimelineItems.text(happening(long_, "2015-06-11", Granularity.DAY)));
    }

    @Test
    void itemsAlikeInMostWordsAreNotShownTogether() {
      assertTrue(TimelineItems.alike("The ministerial meeting of the Harbour Council in Bergen",
          "The ministerial meeting of the Harbour Council"));
      assertFalse(TimelineItems.alike("The ministerial meeting of the Harbour Council in Bergen",
          "The opening of the Bergen Bridge"));
    }
  }

  @Nested
  class Slots {
    @Test
    void aRangeWorkedOutFromTheDatelineIsMarkedAsSuch() {
      DateValue weeks = DateValue.of(new TimeValue("2015-04-20/2015-04-26", Granularity.RANGE)).orElseThrow();
      assertEquals("reckoned from the article's date: 20 to 26 April 2015", weeks.displayFor("The ferry sank seven weeks ago."));
      assertEquals("20 to 26 April 2015", weeks.displayFor("The ferry was repaired (Harbour News, April 20-26)."));
      DateValue day = DateValue.of(new TimeValue("2015-04-20", Granularity.DAY)).orElseThrow();
      assertEquals("20 April 2015", day.displayFor("The ferry sank on Monday."));
    }

    @Test
    void overlappingDatesNeverShareATimeline() {
      List<DatedEvent> events = List.of(
          happening("Ana Ruiz opened the Bergen Bridge", "2014-05", Granularity.MONTH),
          happening("Omar Haddad visited the Bergen Bridge", "2014-05-20", Granularity.DAY),
          happening("Ana Ruiz closed the Oslo ferry", "2014", Granularity.YEAR),
          happening("Omar Haddad signed the Port Plan", "2015-01", Granularity.MONTH));
      List<List<TimelineQuestions.Item>> slots = TimelineQuestions.slotsOf(TimelineQuestions.items(events));
      for (int i = 1; i < slots.size(); i++) {
        for (TimelineQuestions.Item earlier : slots.get(i - 1)) {
          for (TimelineQuestions.Item later : slots.get(i)) {
            assertTrue(earlier.date().before(later.date()), earlier + " / " + later);
          }
        }
      }
      assertEquals(2, slots.size(), slots.toString());
    }

    @Test
    void aSlotOffersAnItemUnlikeThoseAlreadyChosen() {
      List<DatedEvent> events = List.of(
          happening("The ministerial meeting of the Harbour Council in Bergen", "2014-05", Granularity.MONTH),
          happening("The ministerial meeting of the Harbour Council", "2014-12", Granularity.MONTH),
          happening("Ana Ruiz opened the Oslo Bridge", "2014-12", Granularity.MONTH),
          happening("Omar Haddad signed the Port Plan", "2015-02", Granularity.MONTH));
      List<List<TimelineQuestions.Item>> slots = TimelineQuestions.slotsOf(TimelineQuestions.items(events));
      for (int turn = 0; turn < 4; turn++) {
        List<TimelineQuestions.Item> chosen = TimelineQuestions.choose(slots, turn);
        assertEquals(3, chosen.size());
        List<String> texts = chosen.stream().map(TimelineQuestions.Item::text).toList();
        assertFalse(texts.contains("The ministerial meeting of the Harbour Council"), texts.toString());
      }
    }
  }

  @Nested
  class Questions {
    @Test
    void noEventQuestionIsAskedOfAStateOrAProspect() {
      ArticleFacts ferry = Fixtures.ferry();
      List<DatedEvent> events = new ArrayList<>();
      for (DatedEvent e : ferry.events()) {
        events.add(new DatedEvent(e.what(), e.when(), e.people(), e.bodies(), e.evidence(),
            e.what().startsWith("Engineers") ? EventKind.STATE : EventKind.PROSPECT));
      }
      ArticleFacts changed = new ArticleFacts(ferry.article(), ferry.title(), ferry.dateline(), ferry.people(),
          ferry.bodies(), ferry.statements(), ferry.roles(), events);
      GenerationRequest all = new GenerationRequest(List.of(), Set.of(QuestionKind.values()), null, 1, 5, 0L);
      GenerationResult r = Fixtures.generator().generate(List.of(changed), all);
      Set<String> eventTemplates = Set.of("timeline", "timeline-three", "timeline-five", "when-event", "event-year",
          "event-date-true-false", "event-bodies", "event-bodies-blanked", "event-body-true-false");
      assertTrue(r.questions().stream().noneMatch(q -> eventTemplates.contains(q.tags().template())),
          r.questions().stream().map(q -> q.tags().template() + ": " + q.stem()).toList().toString());
      assertTrue(r.rejected().stream().anyMatch(x -> x.reason().contains("is a state")));
      assertTrue(r.rejected().stream().anyMatch(x -> x.reason().contains("is a prospect")));
    }
  }

  @Nested
  class Across {
    /** A small article: a title, then one dated sentence per paragraph, each an event. */
    private ArticleFacts article(String id, String title, java.util.Map<String, String> texts, String[][] events) {
      StringBuilder text = new StringBuilder(title);
      for (String[] e : events) {
        text.append("\n\n").append(e[0]);
      }
      texts.put(id, text.toString());
      List<DatedEvent> list = new ArrayList<>();
      for (String[] e : events) {
        Evidence ev = Fixtures.ev(id, text.toString(), e[0]);
        list.add(new DatedEvent(e[1], new TimeValue(e[2], Granularity.valueOf(e[3])), List.of(), List.of(), ev,
            EventKind.HAPPENING));
      }
      return new ArticleFacts(id, title, null, List.of(), List.of(), List.of(), List.of(), list);
    }

    @Test
    void eachItemComesFromAnotherArticleAndTheDatesAreApart() {
      java.util.Map<String, String> texts = new java.util.HashMap<>();
      List<ArticleFacts> corpus = List.of(
          article("a.txt", "Bridges", texts, new String[][] {
              {"Ana Ruiz opened the Bergen Bridge in May 2014.", "Ana Ruiz opened the Bergen Bridge", "2014-05", "MONTH"},
              {"Omar Haddad closed the Oslo ferry in 2011.", "Omar Haddad closed the Oslo ferry", "2011", "YEAR"}}),
          article("b.txt", "Ports", texts, new String[][] {
              {"The Harbour Council sold the Bergen pier in March 2012.", "The Harbour Council sold the Bergen pier", "2012-03", "MONTH"},
              {"The Harbour Council is meeting in Oslo in June 2015.", "The Harbour Council is meeting in Oslo", "2015-06", "MONTH"}}),
          article("c.txt", "Roads", texts, new String[][] {
              {"Ana Ruiz signed the Coast Road Act in 2016.", "Ana Ruiz signed the Coast Road Act", "2016", "YEAR"},
              {"Omar Haddad rebuilt the Troll Tunnel in 2014.", "Omar Haddad rebuilt the Troll Tunnel", "2014", "YEAR"}}));
      TemplateQuestionGenerator generator = TemplateQuestionGenerator.of(
          org.factquiz.generate.TemplateLoader.load(java.nio.file.Path.of("question-templates")), ArticleTexts.of(texts));
      GenerationResult r = generator.generate(corpus, new GenerationRequest(List.of(), Set.of(QuestionKind.ORDERING), null, 1, 5, 0L));
      List<Question> across = r.questions().stream().filter(q -> q.tags().template().equals("timeline-across")).toList();
      assertFalse(across.isEmpty(), r.rejected().toString());
      for (Question q : across) {
        assertEquals(3, q.options().size());
        List<String> ordered = q.key().choices().stream()
            .map(id -> q.options().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow().text()).toList();
        assertTrue(ordered.stream().noneMatch(x -> x.contains("is meeting")), ordered.toString());
        assertFalse(ordered.contains("Ana Ruiz opened the Bergen Bridge") && ordered.contains("Omar Haddad rebuilt the Troll Tunnel"),
            "May 2014 lies inside 2014: " + ordered);
        assertTrue(q.feedback().contains("Bridges") && q.feedback().contains("Ports") && q.feedback().contains("Roads"),
            q.feedback());
      }
    }
  }
}
