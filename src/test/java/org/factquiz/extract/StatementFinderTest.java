package org.factquiz.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factquiz.content.ArticleReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Who said what, on short articles written for the purpose. */
class StatementFinderTest {
  private static final String HEAD = "Harbour Town Votes\n\nPortby, 4 March 2015 (Coast News) -- ";

  private static ArticleFacts extract(String body) {
    return RuleBasedFactExtractor.create().extract(new ArticleReader().read("t.txt", HEAD + body));
  }

  private static List<Statement> direct(ArticleFacts f) {
    return f.statements().stream().filter(Statement::direct).toList();
  }

  private static List<Statement> reported(ArticleFacts f) {
    return f.statements().stream().filter(s -> !s.direct()).toList();
  }

  @Nested
  class DirectQuotes {
    @Test
    void speechVerbAfterTheQuote() {
      ArticleFacts f = extract("\"We will rebuild the bridge by winter,\" Mayor Anna Kowalski said on Tuesday.");
      assertEquals(List.of(new Statement("Anna Kowalski", true, "We will rebuild the bridge by winter,", direct(extract(
          "\"We will rebuild the bridge by winter,\" Mayor Anna Kowalski said on Tuesday.")).get(0).evidence())), direct(f));
    }

    @Test
    void invertedVerbWithAnAppositiveRole() {
      ArticleFacts f = extract("\"The ministry has no comment on the leak,\" said Laura Chen, a spokeswoman for the Interior Ministry.");
      assertEquals("Laura Chen", direct(f).get(0).speaker());
      Person chen = f.people().stream().filter(p -> p.name().equals("Laura Chen")).findFirst().orElseThrow();
      assertTrue(chen.roles().contains("spokeswoman for the Interior Ministry"), chen.roles().toString());
    }

    @Test
    void quoteIntroducedByAColonOnTheLineBefore() {
      ArticleFacts f = extract("Council leader Peter Magnusson spoke after the vote. Magnusson said:\n\n"
          + "\"The harbour belongs to everyone who works on it.\"\n\nThe vote was close.");
      assertEquals("Peter Magnusson", direct(f).get(0).speaker());
      assertEquals("The harbour belongs to everyone who works on it.", direct(f).get(0).text());
    }

    @Test
    void quoteContinuedByAddedAndSpreadOverParagraphs() {
      ArticleFacts f = extract("Engineer Sara Lindqvist inspected the pier.\n\nLindqvist added:\n\n"
          + "\"The pylons are older than anyone thought.\n\n\"We need divers down there before spring.\"");
      assertEquals(1, direct(f).size());
      assertEquals("Sara Lindqvist", direct(f).get(0).speaker());
      assertEquals("The pylons are older than anyone thought. We need divers down there before spring.", direct(f).get(0).text());
    }

    @Test
    void scareQuotesAndQuotedNewspaperNamesAreNoQuotes() {
      ArticleFacts f = extract("The so-called \"temporary\" closure has lasted a year. The daily \"Morning Star\" ran the story.");
      assertEquals(List.of(), direct(f));
      assertTrue(f.bodies().stream().anyMatch(b -> b.name().equals("Morning Star") && b.kind() == BodyKind.MEDIA));
    }

    @Test
    void britishSingleQuotesWhenTheArticleHasNoDoubleOnes() {
      ArticleFacts f = extract("\u2018We don\u2019t back down,\u2019 said harbour master Olaf Dahl. "
          + "Dahl added that the channel would reopen in June.");
      assertEquals(1, direct(f).size());
      assertEquals("We don\u2019t back down,", direct(f).get(0).text());
      assertEquals("Olaf Dahl", direct(f).get(0).speaker());
    }

    @Test
    void fragmentInsideReportedSpeechBelongsToItsSpeaker() {
      ArticleFacts f = extract("Governor Ruth Okafor said the plan would bring \"real jobs\" to the coast.");
      assertEquals("Ruth Okafor", direct(f).get(0).speaker());
      assertEquals("real jobs", direct(f).get(0).text());
      assertEquals("Ruth Okafor", reported(f).get(0).speaker());
    }
  }

  @Nested
  class ReportedSpeech {
    @Test
    void saidThatWithItsClause() {
      ArticleFacts f = extract("Finance Minister Jonas Berg said that the budget would be balanced next year.");
      assertEquals("Jonas Berg", reported(f).get(0).speaker());
      assertEquals("the budget would be balanced next year", reported(f).get(0).text());
    }

    @Test
    void pronounSpeakerIsTheLatestPerson() {
      ArticleFacts f = extract("Union chief Marta Ilves met the owners on Monday. She said the strike would go on.");
      assertEquals("Marta Ilves", reported(f).get(0).speaker());
      assertEquals("the strike would go on", reported(f).get(0).text());
    }

    @Test
    void toldTheDailyThat() {
      ArticleFacts f = extract("Opposition leader Karl Meier told the daily \"Harbour Post\" that the vote was rushed.");
      assertEquals("Karl Meier", reported(f).get(0).speaker());
      assertEquals("the vote was rushed", reported(f).get(0).text());
    }

    @Test
    void accordingToAName() {
      ArticleFacts f = extract("According to harbour master Olaf Dahl, the channel will stay closed until June.");
      assertEquals("Olaf Dahl", reported(f).get(0).speaker());
      assertEquals("the channel will stay closed until June", reported(f).get(0).text());
    }

    @Test
    void denialKeepsItsVerb() {
      ArticleFacts f = extract("Councillor Ines Moreau strongly denied reports that she had resigned.");
      assertEquals("strongly denied reports that she had resigned", reported(f).get(0).text());
    }

    @Test
    void interjectedSpeakerIsDroppedFromTheClause() {
      ArticleFacts f = extract("The new pier, Mayor Anna Kowalski said, will open in May.");
      assertEquals("Anna Kowalski", reported(f).get(0).speaker());
      assertEquals("The new pier will open in May", reported(f).get(0).text());
    }

    @Test
    void theSpokesmanIsThePersonWithThatRole() {
      ArticleFacts f = extract("Transport Ministry spokesman Leo Varga confirmed the delay. "
          + "The spokesman said that ferries would run again on Friday.");
      assertTrue(reported(f).stream().anyMatch(s -> s.speaker().equals("Leo Varga") && s.text().startsWith("ferries")));
    }

    @Test
    void aCountrySpeaksAsAGovernmentBody() {
      ArticleFacts f = extract("Norway says the quota talks have failed.");
      assertEquals("Norway", reported(f).get(0).speaker());
      assertTrue(f.bodies().stream().anyMatch(b -> b.name().equals("Norway") && b.kind() == BodyKind.GOVERNMENT));
    }

    @Test
    void aPlaceAfterTheVerbIsNoClause() {
      ArticleFacts f = extract("\"We will win,\" Senator Ada Holm, D-Maine, said on the Senate floor.");
      assertEquals(List.of(), reported(f));
      assertEquals("Ada Holm", direct(f).get(0).speaker());
      assertTrue(f.bodies().stream().noneMatch(b -> b.name().contains("Maine")), f.bodies().toString());
    }

    @Test
    void aLoneCompanyNameSpeaksAsABodyAndTheCompanyRefersBack() {
      ArticleFacts f = extract("Regulators fined Norrbit at the Harbour Court. Norrbit said it would appeal. "
          + "\"We did nothing wrong,\" the company said.");
      assertEquals("Norrbit", reported(f).get(0).speaker());
      assertEquals("Norrbit", direct(f).get(0).speaker());
    }

    @Test
    void nounsThatLookLikeVerbsSpeakNot() {
      ArticleFacts f = extract("The Baltic states fear the reports of new quotas.");
      assertEquals(List.of(), f.statements());
    }
  }
}
