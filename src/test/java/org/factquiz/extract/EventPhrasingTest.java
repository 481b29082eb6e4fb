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

/** How events are worded and classified, on sentences written for the test. */
class EventPhrasingTest {
  /** A Thursday. */
  private static final LocalDate DATELINE = LocalDate.of(2015, 6, 11);
  private static final Person RUIZ = new Person("Ana Ruiz", List.of("Ruiz"), List.of("Foreign Minister"), null);
  private static final Person HADDAD = new Person("Omar Haddad", List.of("Haddad"), List.of(), null);
  private static final Body COUNCIL = new Body("Harbour Council", List.of("the council"), BodyKind.COUNCIL, null);

  private final EventExtractor extractor = new EventExtractor();

  private List<DatedEvent> events(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> list = new ArrayList<>();
    for (String s : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      list.add(new Sentence(0, list.size(), text.length(), text.length() + s.length(), s));
      text.append(s);
    }
    Paragraph paragraph = new Paragraph(0, 0, text.length(), text.toString(), list);
    Article article = new Article("test.txt", text.toString(), "Test", new Dateline("Oslo", DATELINE, null, 0, 0),
        List.of(paragraph));
    return extractor.extract(article, List.of(RUIZ, HADDAD), List.of(COUNCIL));
  }

  private DatedEvent only(String sentence) {
    List<DatedEvent> events = events(sentence);
    assertEquals(1, events.size(), events.toString());
    return events.get(0);
  }

  @Nested
  class Wording {
    @Test
    void aDateAfterAHappeningNounDatesThatNounPhrase() {
      DatedEvent e = only("Commuters cheered the opening of the Bergen Bridge in May 2014 with a long parade.");
      assertEquals("The opening of the Bergen Bridge", e.what());
      assertEquals(EventKind.HAPPENING, e.kind());
    }

    @Test
    void aRelativeClauseAfterTheDateStaysToTellTheHappeningApart() {
      DatedEvent e = only("Progress was clear at the meetings of the Harbour Council in the town hall in March 2014, which brought"
          + " together mayors and ferry owners, and at later talks.");
      assertEquals("The meetings of the Harbour Council in the town hall that brought together mayors and ferry owners", e.what());
    }

    @Test
    void aPossessiveDateNamesTheHappeningWithAnArticle() {
      DatedEvent e = only("Monday's visit to Lagos by Foreign Minister Ana Ruiz ended a long chill.");
      assertEquals("The visit to Lagos by Foreign Minister Ana Ruiz", e.what());
      assertEquals(EventKind.HAPPENING, e.kind());
    }

    @Test
    void aDateInASubClauseDescribesTheSubClauseWithItsPronounNamed() {
      DatedEvent e = only("The ferry deal has been Omar Haddad's biggest success since he took over from Ana Ruiz three weeks ago.");
      assertEquals("Omar Haddad took over from Ana Ruiz", e.what());
      assertEquals(EventKind.HAPPENING, e.kind());
    }

    @Test
    void aLeadingWhenClauseLosesItsSubordinator() {
      DatedEvent e = only("When the Harbour Treaty was signed in 2009, critics called it a sham.");
      assertEquals("The Harbour Treaty was signed", e.what());
      assertEquals(EventKind.HAPPENING, e.kind());
    }

    @Test
    void aParticipleAfterItsNounBecomesAPassiveClause() {
      DatedEvent e = only("The new Port Plan, approved by Omar Haddad on 3 March 2012, sets out ten projects.");
      assertEquals("The new Port Plan was approved by Omar Haddad", e.what());
      assertEquals(EventKind.HAPPENING, e.kind());
    }

    @Test
    void aQuotationBeforeItsSpeakerBecomesReportedSpeech() {
      DatedEvent e = only("\"There is no room for delay,\" Ruiz told the radio (June 3).");
      assertEquals("Ruiz told the radio that there is no room for delay", e.what());
    }

    @Test
    void aLeadingParticiplePhraseAndAnAppositiveAreLeftOut() {
      assertEquals("Omar Haddad said the harvest would be late",
          only("Speaking on Tuesday to a group of farmers, Omar Haddad said the harvest would be late.").what());
      assertEquals("Omar Haddad said that the pier was safe",
          only("Omar Haddad, the council's chief engineer, said on Tuesday that the pier was safe.").what());
    }

    @Test
    void aPronounActionRightAfterADatedSentenceNamesThePersonBefore() {
      List<DatedEvent> events = events("Omar Haddad flew to Rome on Monday.",
          "He and Ana Ruiz agreed that the ferry should keep running.");
      assertEquals(2, events.size());
      assertTrue(events.get(1).what().startsWith("Omar Haddad and Ana Ruiz agreed"), events.get(1).what());
    }

    @Test
    void aCutDescriptionIsMarkedAndNeverTakenForAWholeOne() {
      DatedEvent e = only("On Monday Omar Haddad said that the ferry and the bridge and the tunnel and the road and the "
          + "railway and the port and the airport and the canal and the harbour would all be rebuilt within a decade.");
      assertTrue(e.what().endsWith("…"), e.what());
      assertEquals(EventKind.UNCLEAR, e.kind());
    }
  }

  @Nested
  class Kinds {
    @Test
    void aSimplePastClauseWithANamedSubjectIsAHappening() {
      DatedEvent e = only("Ruiz signed the port treaty on Monday.");
      assertEquals("Ruiz signed the port treaty", e.what());
      assertEquals(EventKind.HAPPENING, e.kind());
    }

    @Test
    void aConditionOrAssessmentIsAState() {
      assertEquals(EventKind.STATE, only("Ties between Oslo and Bergen have steadily improved since May 2013.").kind());
      assertEquals(EventKind.STATE, only("The ferry timetable remained unchanged in January 2014.").kind());
      assertEquals(EventKind.STATE, only("The Bergen ferry was largely rebuilt by the end of 2014.").kind());
      assertEquals(EventKind.STATE, only("The 2012 port plan is almost as broad as the one that existed at the end of 2010.").kind());
    }

    @Test
    void anExpectationPlanOrHypothesisIsAProspect() {
      assertEquals(EventKind.PROSPECT, only("Haddad said the Bergen bridge could be finished this year.").kind());
      assertEquals(EventKind.PROSPECT, only("Elections in Bergen are scheduled for March 2016.").kind());
      assertEquals(EventKind.PROSPECT, only("The Bergen ferry is due to sail next month.").kind());
    }

    @Test
    void aFragmentOrAPronounSubjectIsUnclear() {
      assertEquals(EventKind.UNCLEAR, only("It met the council on Monday.").kind());
      DatedEvent label = only("Bergen Radio, 2 June 2015.");
      assertFalse(label.kind() == EventKind.HAPPENING, label.toString());
    }

    @Test
    void aDescriptionMustNameSomeoneAndPinTheHappeningDown() {
      assertEquals(EventKind.UNCLEAR, only("Trade grew after the resumption of talks in May 2013.").kind());
      DatedEvent vague = only("Haddad was absent from Monday's talks with Ruiz.");
      assertEquals("The talks with Ruiz", vague.what());
      assertEquals(EventKind.UNCLEAR, vague.kind());
    }
  }

  @Nested
  class Wire {
    @Test
    void theKindSurvivesAFactsFileAndAGoldEventWithoutOneIsAHappening() {
      List<DatedEvent> events = events("Ties between Oslo and Bergen have steadily improved since May 2013.",
          "Ruiz signed the port treaty on Monday.");
      ArticleFacts facts = new ArticleFacts("test.txt", "Test", null, List.of(), List.of(), List.of(), List.of(), events);
      com.fasterxml.jackson.databind.node.ObjectNode json = FactsJson.toJson(facts);
      List<EventKind> read = FactsJson.fromJson(json).events().stream().map(DatedEvent::kind).toList();
      assertEquals(List.of(EventKind.STATE, EventKind.HAPPENING), read);
      ((com.fasterxml.jackson.databind.node.ObjectNode) json.withArray("events").get(0)).remove("kind");
      assertEquals(EventKind.HAPPENING, FactsJson.fromJson(json).events().get(0).kind());
    }
  }
}
