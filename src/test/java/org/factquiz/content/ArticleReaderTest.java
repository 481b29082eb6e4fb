package org.factquiz.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {
  private final ArticleReader reader = new ArticleReader();

  private Article read(String text) {
    return reader.read("test.txt", text.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> sentences(Article a) {
    return a.sentences().stream().map(Sentence::text).toList();
  }

  @Nested
  class Furniture {
    @Test
    void dropsBannersMenusShareBarsAndCaptions() {
      Article a = read("Skip to content\n\nTop Stories\n\nAbout The Weekly\nSubscribe\nEditorial team\n\n"
          + "Harbour Plan Approved\n\nCity officials approved the harbour plan on Tuesday. The vote was close.\n\n"
          + "Ferries at dawn: the old pier will close ( \u00a9 City Press - 45Kb)\n\n"
          + "Residents welcomed the decision.\n\nShare this   Facebook   Twitter   Email");
      assertEquals("Harbour Plan Approved", a.title());
      assertEquals(List.of("City officials approved the harbour plan on Tuesday.", "The vote was close.",
          "Residents welcomed the decision."), sentences(a));
    }

    @Test
    void dropsPublicationMetadataAndLeavesTitleUnsetWhenThereIsNone() {
      Article a = read("Publication: Gazette Volume: 3 Issue: 9\n\n"
          + "Officials in the northern province said on Monday that the new bridge would open in the spring, "
          + "well ahead of schedule, after engineers finished the last span over the river during the winter months.");
      assertNull(a.title());
      assertEquals(1, a.paragraphs().size());
    }

    @Test
    void aSiteNameAboveTheHeadlineIsNoTitle() {
      Article a = read("Daily Courier\n\nBridge reopens after repairs\n\n4 May 2020\n\nThe bridge reopened on Monday.");
      assertEquals("Bridge reopens after repairs", a.title());
      assertEquals(LocalDate.of(2020, 5, 4), a.dateline().date());
    }

    @Test
    void dropsAPullQuoteThatRepeatsTheText() {
      Article a = read("Headline Here\n\nThe mayor said the budget will rise sharply next year. Others disagreed.\n\n"
          + "The budget will rise sharply next year\n\nCouncillors meet again in June.");
      assertEquals(2, a.paragraphs().size());
    }
  }

  @Nested
  class Datelines {
    @Test
    void readsPlaceDateAndSourceBeforeTheBody() {
      Article a = read("Title Line\n\nLede paragraph here.\n\nLisbon, 3 April 2001 (AFP) -- The minister resigned.");
      assertEquals(new Dateline("Lisbon", LocalDate.of(2001, 4, 3), "AFP", a.dateline().start(), a.dateline().end()), a.dateline());
      assertEquals("Lisbon, 3 April 2001 (AFP) --", a.text().substring(a.dateline().start(), a.dateline().end()).strip());
      assertEquals("The minister resigned.", a.paragraphs().get(1).text());
    }

    @Test
    void readsPlaceAndDateWithoutSource() {
      Article a = read("Title Line\n\nOslo, 9 June 1999 -- Talks began.");
      assertEquals("Oslo", a.dateline().place());
      assertEquals(LocalDate.of(1999, 6, 9), a.dateline().date());
    }

    @Test
    void combinesADateLineWithAnAllCapsPlaceLine() {
      Article a = read("Title Line\n\nMarch 4, 2016\n\nNAIROBI (Reuters) - Rains flooded the city.\n\nMore rain is due.");
      assertEquals("Nairobi", a.dateline().place());
      assertEquals("Reuters", a.dateline().source());
      assertEquals(LocalDate.of(2016, 3, 4), a.dateline().date());
      assertEquals("Rains flooded the city.", a.paragraphs().get(0).text());
    }

    @Test
    void acceptsTheUnderscoreDashOfAgencyCopy() {
      Article a = read("Title Line\n\nJanuary 9, 2012\n\nLIMA (AP) _ Protesters gathered.");
      assertEquals("Lima", a.dateline().place());
      assertEquals(LocalDate.of(2012, 1, 9), a.dateline().date());
    }

    @Test
    void hasNoDatelineWhenTheArticleGivesNone() {
      assertNull(read("Title Line\n\nNobody said when this happened.").dateline());
    }
  }

  @Nested
  class Sentences {
    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
      Article a = read("Title Line\n\nGen. Ana Ruiz met the U.S. envoy in Jan. last year. John Q. Public was there. "
          + "He left for the U.S. The talks ended!");
      assertEquals(List.of("Gen. Ana Ruiz met the U.S. envoy in Jan. last year.", "John Q. Public was there.",
          "He left for the U.S.", "The talks ended!"), sentences(a));
    }

    @Test
    void aQuoteEndingInsideTheMarksEndsTheSentence() {
      Article a = read("Title Line\n\n\"We will win.\" The crowd cheered.");
      assertEquals(List.of("\"We will win.\"", "The crowd cheered."), sentences(a));
    }

    @Test
    void keepsOffsetsIntoTheOriginalText() {
      Article a = read("\uFEFFTitle Line\r\n\r\nFirst one here. Second one\r\nwraps onto a line.\r\n");
      for (Sentence s : a.sentences()) {
        assertEquals(s.text(), a.text().substring(s.start(), s.end()));
      }
      assertEquals(2, a.sentences().size());
    }
  }

  @Nested
  class BadInput {
    @Test
    void rejectsEmptyArticle() {
      var e = assertThrows(UnreadableArticleException.class, () -> reader.read("empty.txt", new byte[0]));
      assertTrue(e.getMessage().contains("empty.txt"));
    }

    @Test
    void rejectsBinaryArticle() {
      byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3};
      var e = assertThrows(UnreadableArticleException.class, () -> reader.read("image.png", bytes));
      assertTrue(e.getMessage().contains("binary"));
    }

    @Test
    void rejectsOversizedArticle() {
      byte[] bytes = new byte[TextDecoder.MAX_BYTES + 1];
      java.util.Arrays.fill(bytes, (byte) 'a');
      var e = assertThrows(UnreadableArticleException.class, () -> reader.read("huge.txt", bytes));
      assertTrue(e.getMessage().contains("too large"));
    }

    @Test
    void readsWindows1252WhenTheBytesAreNotUtf8() {
      byte[] bytes = "Title\n\nThe caf\u00e9 opened.".getBytes(java.nio.charset.Charset.forName("windows-1252"));
      assertEquals("The caf\u00e9 opened.", reader.read("old.txt", bytes).sentences().get(0).text());
    }

    @Test
    void readsAnArticleWithNoTitleDatelineOrQuotes() {
      Article a = read("just some words without any structure at all");
      assertEquals(1, a.sentences().size());
    }
  }
}
