package org.factquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.factquiz.content.Dateline;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.Body;
import org.factquiz.extract.BodyKind;
import org.factquiz.extract.Granularity;
import org.factquiz.extract.Person;
import org.factquiz.extract.TimeValue;
import org.junit.jupiter.api.Test;

class DistractorPickerTest {
  private final CorpusIndex index = new CorpusIndex(Fixtures.corpus());
  private final DistractorPicker picker = new DistractorPicker(index);

  @Test
  void aWrongRoleOfTheKeysKindComesFirst() {
    org.factquiz.extract.Evidence e = new org.factquiz.extract.Evidence("other.txt", 0, 0, 1, "x");
    ArticleFacts other = new ArticleFacts("other.txt", "t", (Dateline) null,
        List.of(new Person("Ana Ruiz", List.of(), List.of(), null), new Person("Bo Lind", List.of(), List.of(), null)),
        List.of(), List.of(),
        List.of(new org.factquiz.extract.RoleHolding("Ana Ruiz", "Finance Minister", e),
            new org.factquiz.extract.RoleHolding("Bo Lind", "Harbour Pilot", e)),
        List.of());
    DistractorPicker p = new DistractorPicker(new CorpusIndex(List.of(Fixtures.ferry(), Fixtures.mill(), other)));
    Named reed = index.named(Fixtures.FERRY_ID, "Tomas Reed");
    for (long seed = 0; seed < 10; seed++) {
      assertEquals(List.of("Finance Minister"), p.roles(reed, "Transport Minister", 1, new Random(seed)));
    }
  }

  @Test
  void neverOffersTheKeyUnderAnotherName() {
    ArticleFacts other = new ArticleFacts("other.txt", "t", (Dateline) null,
        List.of(new Person("Dr. Elena Varga", List.of("Dr. Varga"), List.of(), null),
            new Person("Lena Varga", List.of(), List.of(), null)),
        List.of(), List.of(), List.of(), List.of());
    DistractorPicker p = new DistractorPicker(new CorpusIndex(List.of(Fixtures.ferry(), Fixtures.mill(), other)));
    Named key = index.named(Fixtures.FERRY_ID, "Varga");
    for (long seed = 0; seed < 20; seed++) {
      List<Named> picked = p.entities(key, List.of(), "", 4, new Random(seed));
      assertTrue(picked.stream().noneMatch(n -> n.name().contains("Varga")), picked.toString());
      assertEquals(4, picked.size());
    }
  }

  @Test
  void neverOffersAnotherTrueAnswer() {
    Named key = index.named(Fixtures.FERRY_ID, "Elena Varga");
    Named alsoTrue = index.named(Fixtures.FERRY_ID, "Mara Holt");
    for (long seed = 0; seed < 20; seed++) {
      List<Named> picked = picker.entities(key, List.of(alsoTrue), "", 3, new Random(seed));
      assertTrue(picked.stream().noneMatch(n -> n.sameAs(alsoTrue)), picked.toString());
    }
  }

  @Test
  void neverOffersSomeoneTheEvidenceNames() {
    Named key = index.named(Fixtures.FERRY_ID, "Elena Varga");
    List<Named> picked = picker.entities(key, List.of(), "Reed and Holt were present.", 3, new Random(1));
    assertTrue(picked.stream().noneMatch(n -> n.name().equals("Tomas Reed") || n.name().equals("Mara Holt")), picked.toString());
  }

  @Test
  void offersPeopleForAPersonAndBodiesOfTheSameKindForABody() {
    Named person = index.named(Fixtures.FERRY_ID, "Tomas Reed");
    assertTrue(picker.entities(person, List.of(), "", 3, new Random(3)).stream().allMatch(Named::person));
    Named ministry = index.named(Fixtures.FERRY_ID, "Finance Ministry");
    List<Named> picked = picker.entities(ministry, List.of(), "", 2, new Random(3));
    assertEquals(2, picked.size());
    assertTrue(picked.stream().allMatch(n -> n.kind() == BodyKind.MINISTRY), picked.toString());
  }

  @Test
  void prefersTheSameArticle() {
    Named key = index.named(Fixtures.FERRY_ID, "Tomas Reed");
    List<Named> picked = picker.entities(key, List.of(), "", 2, new Random(5));
    assertTrue(picked.stream().allMatch(n -> n.article().equals(Fixtures.FERRY_ID)), picked.toString());
  }

  @Test
  void datesHaveTheKeysGranularityLieNearAndNeverOverlapIt() {
    for (String[] c : new String[][] {{"2021-03-09", "day"}, {"2020-05", "month"}, {"2018", "year"},
        {"1999-spring", "season"}, {"1999-12-27/2000-01-02", "range"}}) {
      DateValue key = DateValue.of(new TimeValue(c[0], Granularity.fromWireName(c[1]))).orElseThrow();
      List<DateValue> picked = picker.dates(key, Fixtures.FERRY_ID, 3, new Random(7));
      assertEquals(3, picked.size(), c[0]);
      for (DateValue d : picked) {
        assertEquals(key.granularity(), d.granularity(), d.iso());
        assertFalse(d.overlaps(key), d.iso());
        long distance = Math.abs(d.start().toEpochDay() - key.start().toEpochDay());
        long unit = Math.max(1, key.end().toEpochDay() - key.start().toEpochDay() + 1);
        assertTrue(distance <= 6 * Math.max(31, unit), c[0] + " vs " + d.iso());
        if (key.granularity() == Granularity.RANGE) {
          assertEquals(key.end().toEpochDay() - key.start().toEpochDay(), d.end().toEpochDay() - d.start().toEpochDay(),
              "a range as wide as the key: " + d.iso());
        }
      }
      assertEquals(3, picked.stream().map(DateValue::display).distinct().count());
    }
  }

  @Test
  void rolesAreOtherPeoplesAndNeverAWordingOfTheKey() {
    Named reed = index.named(Fixtures.FERRY_ID, "Tomas Reed");
    for (long seed = 0; seed < 10; seed++) {
      List<String> roles = picker.roles(reed, "Transport Minister", 3, new Random(seed));
      assertTrue(roles.stream().noneMatch(r -> DistractorPicker.overlaps(r, "Transport Minister")), roles.toString());
    }
  }

  @Test
  void isDeterministicForASeed() {
    Named key = index.named(Fixtures.FERRY_ID, "Elena Varga");
    List<Named> a = picker.entities(key, List.of(), "", 3, new Random(42));
    List<Named> b = picker.entities(key, List.of(), "", 3, new Random(42));
    assertEquals(a, b);
    boolean differs = false;
    for (long seed = 0; seed < 10 && !differs; seed++) {
      differs = !picker.entities(key, List.of(), "", 3, new Random(seed)).equals(a);
    }
    assertTrue(differs, "different seeds should be able to give different distractors");
    assertNotEquals(new Body("x", List.of(), BodyKind.OTHER, null), null);
  }

  @Test
  void wrongBodiesOfAnEventAreOfAKeysKindFirst() {
    Named ministry = index.named(Fixtures.FERRY_ID, "Finance Ministry");
    for (long seed = 0; seed < 10; seed++) {
      List<Named> picked = picker.bodies(List.of(ministry), "The Finance Ministry paid for the ferries.", Fixtures.FERRY_ID, 2, new Random(seed));
      assertEquals(2, picked.size());
      assertTrue(picked.stream().allMatch(b -> b.kind() == BodyKind.MINISTRY), picked.toString());
    }
  }

  @Test
  void aRankIsOfferedOnlyBesideOtherRanks() {
    org.factquiz.extract.Evidence e = new org.factquiz.extract.Evidence("other.txt", 0, 0, 1, "x");
    ArticleFacts other = new ArticleFacts("other.txt", "t", (Dateline) null,
        List.of(new Person("Ivo Petrov", List.of(), List.of(), null), new Person("Olga Sand", List.of(), List.of(), null),
            new Person("Dan Frost", List.of(), List.of(), null)),
        List.of(), List.of(),
        List.of(new org.factquiz.extract.RoleHolding("Ivo Petrov", "Marshal", e),
            new org.factquiz.extract.RoleHolding("Olga Sand", "Admiral", e),
            new org.factquiz.extract.RoleHolding("Dan Frost", "Deputy Minister", e)),
        List.of());
    CorpusIndex both = new CorpusIndex(List.of(Fixtures.ferry(), other));
    DistractorPicker p = new DistractorPicker(both);
    Named petrov = both.named("other.txt", "Ivo Petrov");
    for (long seed = 0; seed < 10; seed++) {
      assertEquals(List.of("Admiral"), p.roles(petrov, "Marshal", 3, new Random(seed)));
    }
    Named frost = both.named("other.txt", "Dan Frost");
    assertTrue(p.roles(frost, "Deputy Minister", 3, new Random(1)).stream().noneMatch(r -> r.equals("Admiral") || r.equals("Marshal")));
  }

  @Test
  void peopleOfOtherArticlesOfTheKeysTimeComeFirst() {
    ArticleFacts old = new ArticleFacts("old.txt", "t", new Dateline("Oslo", java.time.LocalDate.of(2009, 1, 5), null, 0, 0),
        List.of(new Person("Per Alt", List.of(), List.of(), null), new Person("Kari Gammel", List.of(), List.of(), null)),
        List.of(), List.of(), List.of(), List.of());
    ArticleFacts recent = new ArticleFacts("new.txt", "t", new Dateline("Oslo", java.time.LocalDate.of(2020, 1, 5), null, 0, 0),
        List.of(new Person("Nina Ny", List.of(), List.of(), null), new Person("Ola Fersk", List.of(), List.of(), null)),
        List.of(), List.of(), List.of(), List.of());
    CorpusIndex all = new CorpusIndex(List.of(Fixtures.ferry(), old, recent));
    DistractorPicker p = new DistractorPicker(all);
    Named reed = all.named(Fixtures.FERRY_ID, "Tomas Reed");
    for (long seed = 0; seed < 10; seed++) {
      List<String> picked = p.entities(reed, List.of(), "", 4, new Random(seed)).stream().map(Named::name).toList();
      assertTrue(picked.containsAll(List.of("Nina Ny", "Ola Fersk")), picked.toString());
      assertTrue(picked.stream().noneMatch(n -> n.equals("Per Alt") || n.equals("Kari Gammel")), picked.toString());
    }
  }
}
