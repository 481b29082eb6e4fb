package org.factquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.factquiz.extract.Evidence;
import org.junit.jupiter.api.Test;

class EvidenceWindowTest {
  private static final String TEXT = "Harbour news\n\nMayor Ada Roe spoke first.\n\n\"It will serve us for a century,\" she said. "
      + "The ferry starts in May.";

  @Test
  void aWindowWidenedIntoTheParagraphBeforeTakesThatParagraphsNumber() {
    String quote = "\"It will serve us for a century,\" she said.";
    int at = TEXT.indexOf(quote);
    Evidence e = new Evidence("a.txt", 1, at, at + quote.length(), quote);
    EvidenceWindow window = new EvidenceWindow(ArticleTexts.of(Map.of("a.txt", TEXT)));
    Evidence widened = window.widenedTo(e, List.of("Ada Roe", "Roe"));
    assertEquals(TEXT.indexOf("Mayor"), widened.start());
    assertEquals(0, widened.paragraph(), "the window opens in the paragraph of the mayor's name");
  }

  @Test
  void aWindowMovedForwardCountsTheBreaksItCrosses() {
    Evidence e = new Evidence("a.txt", 0, TEXT.indexOf("Mayor"), TEXT.indexOf("first.") + 6, "Mayor Ada Roe spoke first.");
    assertEquals(1, EvidenceWindow.paragraphAt(e, TEXT.indexOf("The ferry"), TEXT));
    assertEquals(0, EvidenceWindow.paragraphAt(e, e.start(), TEXT));
  }
}
