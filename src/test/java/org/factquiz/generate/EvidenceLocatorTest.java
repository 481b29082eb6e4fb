package org.factquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.DatedEvent;
import org.factquiz.extract.Evidence;
import org.factquiz.extract.Granularity;
import org.factquiz.extract.Person;
import org.factquiz.extract.Statement;
import org.factquiz.extract.TimeValue;
import org.junit.jupiter.api.Test;

class EvidenceLocatorTest {
  private static final String TEXT = "Town news\n\nMayor Ada Roe opened the bridge on Monday. \"It will serve us for a century,\" Roe said.";

  @Test
  void findsTheSentencesOfFactsReadWithoutOffsets() {
    ArticleFacts read = new ArticleFacts("t.txt", "Town news", null,
        List.of(new Person("Ada Roe", List.of("Roe"), List.of("Mayor"), null)), List.of(),
        List.of(new Statement("Ada Roe", true, "It will serve us for a century,", null),
            new Statement("Ada Roe", false, "words nowhere in the text at all", null)),
        List.of(),
        List.of(new DatedEvent("Bridge opens", new TimeValue("XXXX-XX", Granularity.MONTH), List.of(), List.of(),
            new Evidence("t.txt", -1, -1, -1, "Mayor Ada Roe opened the bridge on Monday."))));
    ArticleFacts located = EvidenceLocator.locate(read, TEXT);
    Evidence quote = located.statements().get(0).evidence();
    assertTrue(EvidenceWindow.verbatim(quote, TEXT), quote.toString());
    assertTrue(quote.sentence().contains("serve us for a century"));
    assertNull(located.statements().get(1).evidence());
    Evidence event = located.events().get(0).evidence();
    assertEquals(TEXT.indexOf("Mayor Ada"), event.start());
    assertTrue(EvidenceWindow.verbatim(event, TEXT));
    assertEquals(1, located.roles().size());
    assertEquals("Mayor", located.roles().get(0).role());
    assertTrue(located.roles().get(0).evidence().sentence().startsWith("Mayor Ada Roe"));
  }
}
