package org.factquiz.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factquiz.content.ArticleReader;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** People, roles and bodies, on short articles written for the purpose. */
class EntityFinderTest {
  private static ArticleFacts extract(String body) {
    return RuleBasedFactExtractor.create().extract(new ArticleReader().read("t.txt", "Some Title\n\n" + body));
  }

  private static Person person(ArticleFacts f, String name) {
    return f.people().stream().filter(p -> p.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + f.people()));
  }

  private static Body body(ArticleFacts f, String name) {
    return f.bodies().stream().filter(b -> b.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + f.bodies()));
  }

  @Nested
  class People {
    @Test
    void titleBeforeTheNameIsARoleAndTheSurnameAnAlias() {
      ArticleFacts f = extract("Acting Fisheries Minister Helga Strand visited the port. Strand left at noon.");
      Person p = person(f, "Helga Strand");
      assertEquals(List.of("Acting Fisheries Minister"), p.roles());
      assertTrue(p.aliases().contains("Strand"));
    }

    @Test
    void rankWithFullNameIsAnAliasAndARole() {
      ArticleFacts f = extract("General Piet Vos inspected the troops. Vos was pleased.");
      Person p = person(f, "Piet Vos");
      assertTrue(p.aliases().contains("General Piet Vos"));
      assertTrue(p.roles().contains("General"));
    }

    @Test
    void appositivesAndCopulaGiveRoles() {
      ArticleFacts f = extract("Maria Lopez, the director of the city museum, opened the show. "
          + "Tomas Ek is a retired police officer who heads a neighbourhood watch group.");
      assertEquals(List.of("director of the city museum"), person(f, "Maria Lopez").roles());
      assertEquals(List.of("retired police officer", "head of a neighbourhood watch group"), person(f, "Tomas Ek").roles());
    }

    @Test
    void frontedRoleAndDashRole() {
      ArticleFacts f = extract("The head of a local charity, Nadia Haddad, said the shelter is full. "
          + "Former mayor Ivo Petrov -- once head of the harbour board -- agreed.");
      assertEquals(List.of("head of a local charity"), person(f, "Nadia Haddad").roles());
      assertTrue(person(f, "Ivo Petrov").roles().contains("once head of the harbour board"));
    }

    @Test
    void frontedRoleAfterAnIntroductoryPhrase() {
      ArticleFacts f = extract("Speaking outside court, the family's lawyer, Dr Ana Cruz, said they would appeal.");
      assertEquals(List.of("family's lawyer"), person(f, "Ana Cruz").roles());
    }

    @Test
    void aLowerCaseQualifierInsideATitleAndNoRoleFromSomeoneElsesAs() {
      ArticleFacts f = extract("City Hall press secretary Mina Ray spoke. Councillor Otto Kern said he would remove Ray as spokesperson.");
      assertEquals(List.of("City Hall press secretary"), person(f, "Mina Ray").roles());
      assertFalse(person(f, "Otto Kern").roles().contains("spokesperson"));
    }

    @Test
    void honorificAndSurnameAloneMakeAName() {
      ArticleFacts f = extract("Lord Ashby spoke first. Later Lord Ashby left.");
      assertEquals("Lord Ashby", person(f, "Lord Ashby").name());
    }

    @Test
    void initialsStayInTheName() {
      assertEquals("Frank J. Miller", person(extract("Reporter Frank J. Miller filed the story."), "Frank J. Miller").name());
    }
  }

  @Nested
  class Bodies {
    @Test
    void headNounsGiveKinds() {
      ArticleFacts f = extract("The Fisheries Ministry and the Harbour Council met the Green Party and the Coastal Defence Force.");
      assertEquals(BodyKind.MINISTRY, body(f, "Fisheries Ministry").kind());
      assertEquals(BodyKind.COUNCIL, body(f, "Harbour Council").kind());
      assertEquals(BodyKind.PARTY, body(f, "Green Party").kind());
      assertEquals(BodyKind.MILITARY, body(f, "Coastal Defence Force").kind());
    }

    @Test
    void longNameWithConnectorsAndItsAcronym() {
      ArticleFacts f = extract("The Organisation for Maritime Safety in Europe (OMSE) warned ships. OMSE later relented.");
      Body b = body(f, "Organisation for Maritime Safety in Europe");
      assertTrue(b.aliases().contains("OMSE"));
      assertEquals(1, f.bodies().size());
    }

    @Test
    void knownAcronymsAndLowerCaseHeads() {
      ArticleFacts f = extract("The OSCE sent observers while the Smith administration stayed silent.");
      assertEquals(BodyKind.INTERNATIONAL_ORGANIZATION, body(f, "OSCE").kind());
      assertEquals(BodyKind.GOVERNMENT, body(f, "Smith administration").kind());
    }

    @Test
    void theCouncilRefersBackAndShortFormsMerge() {
      ArticleFacts f = extract("The Northern Fisheries Council met. Members of the Council disagreed. "
          + "The Fisheries Council will meet again.");
      Body b = body(f, "Northern Fisheries Council");
      assertTrue(b.aliases().contains("the Council"));
      assertTrue(b.aliases().contains("Fisheries Council"));
    }

    @Test
    void anAcronymDefinedInBracketsNamesItsBody() {
      ArticleFacts f = extract("The Marine Accident Investigation Branch (MAIB) opened an inquiry. MAIB said little.");
      assertTrue(body(f, "Marine Accident Investigation Branch").aliases().contains("MAIB"));
      assertEquals(1, f.bodies().size());
    }

    @Test
    void countriesAndPlacesAreNoBodiesUnlessTheySpeak() {
      ArticleFacts f = extract("Ships from Denmark and Poland reached Eastern Europe.");
      assertFalse(f.bodies().stream().anyMatch(b -> b.name().equals("Denmark") || b.name().equals("Eastern Europe")));
    }
  }
}
