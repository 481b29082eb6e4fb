package org.factquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import org.factquiz.extract.ArticleFacts;
import org.junit.jupiter.api.Test;

class ArticleCitationTest {
  private static ArticleFacts untitled() {
    return new ArticleFacts("harbour.txt", null, null, List.of(), List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void aTitledArticleIsCitedByItsTitle() {
    ArticleFacts a = new ArticleFacts("harbour.txt", "Ferry plan approved", null, List.of(), List.of(), List.of(), List.of(), List.of());
    assertEquals("\u201cFerry plan approved\u201d", ArticleCitation.of(a, Optional.of("Ferry plan approved\n\nText.")));
  }

  @Test
  void anUntitledArticleIsCitedByItsPublicationHeaderNeverItsFileName() {
    assertEquals("the article in Harbour Weekly, Volume 3, Issue 12",
        ArticleCitation.of(untitled(), Optional.of("Publication: Harbour Weekly Volume: 3 Issue: 12\n\nThe council met.")));
  }

  @Test
  void asASourceTheHeaderStandsAlone() {
    assertEquals("Harbour Weekly, Volume 3, Issue 12",
        ArticleCitation.source(untitled(), Optional.of("Publication: Harbour Weekly Volume: 3 Issue: 12\n\nThe council met.")));
  }

  @Test
  void withoutTitleOrHeaderTheOpeningWordsCiteIt() {
    assertEquals("the article beginning \u201cThe council approved a new ferry plan on…\u201d",
        ArticleCitation.of(untitled(), Optional.of("The council approved a new ferry plan on Tuesday after a long debate.")));
  }

  @Test
  void anOrdinarySentenceIsNotAHeader() {
    assertNull(ArticleCitation.header("Mayor: the plan works. She said so."));
    assertNull(ArticleCitation.header("Note: read this"));
  }
}
