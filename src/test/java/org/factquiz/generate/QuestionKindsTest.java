package org.factquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QuestionKindsTest {
  private final TemplateQuestionGenerator generator = Fixtures.generator();

  private List<Question> only(QuestionKind kind) {
    GenerationRequest request = new GenerationRequest(List.of(), Set.of(kind), null, 1, 5, 0L);
    GenerationResult r = generator.generate(Fixtures.corpus(), request);
    assertTrue(r.questions().stream().allMatch(q -> q.kind() == kind));
    return r.questions();
  }

  private static String optionText(Question q, String id) {
    return q.options().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow().text();
  }

  @ParameterizedTest
  @EnumSource(QuestionKind.class)
  void everyKindIsMadeWithStemKeyFeedbackEvidenceAndTags(QuestionKind kind) {
    List<Question> questions = only(kind);
    assertFalse(questions.isEmpty(), "no " + kind + " question");
    for (Question q : questions) {
      assertFalse(q.stem().isBlank());
      assertFalse(q.feedback().isBlank());
      assertTrue(Slots.dangling(q.stem() + q.feedback()).isEmpty(), q.stem());
      assertTrue(q.evidence().end() > q.evidence().start());
      assertEquals(q.source().article(), q.tags().article());
      assertTrue(q.id().matches("q-[0-9a-f]{12}"), q.id());
      assertTrue(q.difficulty() >= 1 && q.difficulty() <= 5);
    }
  }

  @Test
  void singleChoiceWhoSaidHasTheSpeakerAsItsOnlyKey() {
    for (Question q : only(QuestionKind.SINGLE_CHOICE)) {
      assertEquals(1, q.key().choices().size());
      if (q.stem().contains("who denied that the council")) {
        assertEquals("Mara Holt", optionText(q, q.key().choices().get(0)));
      }
    }
  }

  @Test
  void shortAnswersAcceptTheFormsTheArticleUses() {
    List<Question> shortAnswers = only(QuestionKind.SHORT_ANSWER);
    assertTrue(shortAnswers.stream().anyMatch(q -> "Tomas Reed".equals(q.key().text())), "a short answer keyed Tomas Reed");
    for (Question q : shortAnswers) {
      assertTrue(q.accepted().contains(q.key().text()), q.accepted().toString());
      if (q.key().text().equals("Tomas Reed")) {
        assertTrue(q.accepted().contains("Reed"));
        assertTrue(q.accepted().contains("Transport Minister Reed"), "the article's title with the name: " + q.accepted());
        assertFalse(q.accepted().contains("Minister Reed"), "never a title's tail: " + q.accepted());
      }
    }
  }

  @Test
  void clozeBlanksAWordOfTheQuoteThatItsEvidenceHolds() {
    for (Question q : only(QuestionKind.CLOZE)) {
      assertTrue(q.stem().contains(ClozeQuestions.BLANK));
      assertTrue(q.evidence().sentence().contains(q.key().text()));
    }
  }

  @Test
  void clozeNeverBlanksAWordTheArticleKeepsRepeating() {
    for (Question q : only(QuestionKind.CLOZE)) {
      String text = Fixtures.texts().text(q.source().article()).orElseThrow().toLowerCase(java.util.Locale.ROOT);
      long uses = java.util.regex.Pattern.compile("\\b" + q.key().text().toLowerCase(java.util.Locale.ROOT) + "\\b")
          .matcher(text).results().count();
      assertTrue(uses < ClozeQuestions.TOPICAL, q.key().text() + " is used " + uses + " times");
    }
  }

  @Test
  void numericAsksTheYearOfTheEvent() {
    for (Question q : only(QuestionKind.NUMERIC)) {
      assertTrue(q.key().number() >= 2018 && q.key().number() <= 2021, q.key().toString());
      assertEquals(0.0, q.key().tolerance());
    }
  }

  @Test
  void orderingKeyIsChronological() {
    List<Question> qs = only(QuestionKind.ORDERING);
    List<String> chronology = List.of("Engineers inspect the old pier", "First new ferry sails",
        "Signing of the harbour agreement", "Council approves the ferry plan");
    for (Question q : qs) {
      List<String> ordered = q.key().choices().stream().map(id -> optionText(q, id)).toList();
      List<String> expected = chronology.stream().filter(ordered::contains).toList();
      assertEquals(expected, ordered);
      assertEquals(q.options().size(), ordered.size());
    }
  }

  @Test
  void matchingPairsEachSpeakerWithTheirOwnWords() {
    for (Question q : only(QuestionKind.MATCHING)) {
      assertEquals(q.premises().size(), q.key().pairs().size());
      for (Choice p : q.premises()) {
        String answer = optionText(q, q.key().pairs().get(p.id()));
        if (p.text().contains("fuel costs")) {
          assertEquals("Tomas Reed", answer);
        }
        if (p.text().equals("Mara Holt")) {
          assertEquals("Opposition leader", answer);
        }
      }
    }
  }

  @Test
  void anArticleWithFewSpeakersBorrowsWrongStatementsFromTheNextArticle() {
    List<Question> mill = only(QuestionKind.MULTIPLE_RESPONSE).stream()
        .filter(q -> q.tags().template().equals("statements-of-speaker") && q.source().article().equals(Fixtures.MILL_ID)).toList();
    assertFalse(mill.isEmpty(), "the mill article has two speakers: its questions need the ferry article's statements");
    for (Question q : mill) {
      int borrowed = 0;
      for (Choice o : q.options()) {
        String words = o.text().replaceAll("^that |[\u201c\u201d]", "").replaceAll("[.]$", "");
        if (q.key().choices().contains(o.id())) {
          assertTrue(Fixtures.MILL.contains(words), "a key is the speaker's own words in this article: " + o.text());
        } else if (Fixtures.FERRY.contains(words)) {
          borrowed++;
        }
      }
      assertTrue(borrowed > 0, "some wrong options come from the next article: " + q.options());
    }
  }

  @Test
  void namedBodiesKeysAreNamedInTheArticleAndTheOthersAreNot() {
    List<Question> qs = only(QuestionKind.MULTIPLE_RESPONSE).stream().filter(q -> q.tags().template().equals("named-bodies")).toList();
    assertFalse(qs.isEmpty());
    for (Question q : qs) {
      String text = Fixtures.texts().text(q.source().article()).orElseThrow();
      for (Choice o : q.options()) {
        assertEquals(q.key().choices().contains(o.id()), text.contains(o.text()), o.text() + " in " + q.source().article());
      }
    }
  }

  @Test
  void quotedPeopleKeysAreTheArticlesSpeakersAndTheOthersAreNeverNamedInIt() {
    List<Question> qs = only(QuestionKind.MULTIPLE_RESPONSE).stream().filter(q -> q.tags().template().equals("quoted-people")).toList();
    assertFalse(qs.isEmpty());
    for (Question q : qs) {
      String text = Fixtures.texts().text(q.source().article()).orElseThrow();
      for (Choice o : q.options()) {
        String surname = o.text().substring(o.text().lastIndexOf(' ') + 1);
        assertEquals(q.key().choices().contains(o.id()), text.contains(surname), o.text() + " in " + q.source().article());
      }
    }
  }

  @Test
  void roleBodyBlanksTheBodyTheRoleNames() {
    List<Question> qs = only(QuestionKind.SINGLE_CHOICE).stream().filter(q -> q.tags().template().equals("role-body")).toList();
    assertFalse(qs.isEmpty());
    for (Question q : qs) {
      String key = optionText(q, q.key().choices().get(0));
      assertTrue(q.stem().contains("_____"), q.stem());
      assertFalse(q.stem().contains(key), q.stem());
      assertTrue(q.evidence().sentence().contains(key), key + " / " + q.evidence().sentence());
    }
  }

  @Test
  void dateMatchingPairsEachEventWithItsOwnDate() {
    List<Question> qs = only(QuestionKind.MATCHING).stream().filter(q -> q.tags().template().equals("match-dates")).toList();
    assertFalse(qs.isEmpty());
    for (Question q : qs) {
      for (Choice p : q.premises()) {
        String date = optionText(q, q.key().pairs().get(p.id()));
        if (p.text().contains("ferry sailed")) {
          assertEquals("May 2020", date);
        }
        if (p.text().contains("old pier")) {
          assertEquals("October 2019", date);
        }
      }
    }
  }

  @Test
  void matchingOffersOneOptionMoreThanItHasPremisesAndUsesEachOptionOnce() {
    List<Question> matching = only(QuestionKind.MATCHING);
    assertFalse(matching.isEmpty());
    for (Question q : matching) {
      Set<String> used = new HashSet<>(q.key().pairs().values());
      assertEquals(q.premises().size(), used.size(), q.stem());
      assertEquals(q.premises().size() + 1, q.options().size(), "one option matches no premise: " + q.options());
    }
  }

  @Test
  void multipleResponseKeysAreTheSpeakersOwnStatementsOrTheBodiesNamed() {
    for (Question q : only(QuestionKind.MULTIPLE_RESPONSE)) {
      assertFalse(q.key().choices().isEmpty());
      if (q.tags().template().equals("statements-of-speaker")) {
        boolean keysQuoted = q.key().choices().stream().allMatch(id -> optionText(q, id).startsWith("\u201c"));
        boolean keysReported = q.key().choices().stream().noneMatch(id -> optionText(q, id).startsWith("\u201c"));
        for (Choice o : q.options()) {
          if (keysQuoted) {
            assertTrue(o.text().startsWith("\u201c"), "quotations beside quotations: " + o.text());
          }
          if (keysReported) {
            assertFalse(o.text().startsWith("\u201c"), "reported words beside reported words: " + o.text());
          }
        }
      }
      if (q.stem().contains("attribute to Tomas Reed")) {
        List<String> keys = q.key().choices().stream().map(id -> optionText(q, id)).toList();
        assertTrue(keys.stream().allMatch(k -> k.contains("fuel costs") || k.contains("Every family")), keys.toString());
      }
    }
  }

  @Test
  void trueFalseHasTrueAndFalseOptionsAndAPlausibleFalseVariant() {
    List<Question> qs = only(QuestionKind.TRUE_FALSE);
    for (Question q : qs) {
      assertEquals(List.of("true", "false"), q.options().stream().map(Choice::id).toList());
      assertEquals(1, q.key().choices().size());
    }
    assertTrue(qs.stream().anyMatch(q -> q.key().choices().get(0).equals("false")), "no false variant");
    assertTrue(qs.stream().anyMatch(q -> q.key().choices().get(0).equals("true")), "no true statement");
  }

  @Test
  void wrongStatementsFromAnotherArticleAreOnlyThoseOfItsTime() {
    GenerationRequest request = new GenerationRequest(List.of(), Set.of(QuestionKind.MULTIPLE_RESPONSE), null, 1, 5, 0L);
    java.util.function.Predicate<Question> okafor = q -> q.tags().template().equals("statements-of-speaker")
        && q.stem().contains("Paul Okafor");
    Question same = generator.generate(Fixtures.corpus(), request).questions().stream().filter(okafor).findFirst()
        .orElseThrow(() -> new AssertionError("the mill article has too few statements alone: the ferry's of the same year fill in"));
    assertTrue(same.options().stream().anyMatch(o -> o.text().contains("fuel costs")), same.options().toString());

    org.factquiz.extract.ArticleFacts mill = Fixtures.mill();
    org.factquiz.extract.ArticleFacts older = new org.factquiz.extract.ArticleFacts(mill.article(), mill.title(),
        new org.factquiz.content.Dateline("Riverton", java.time.LocalDate.of(2012, 6, 2), null, 0, 0),
        mill.people(), mill.bodies(), mill.statements(), mill.roles(), mill.events());
    List<Question> apart = generator.generate(List.of(Fixtures.ferry(), older), request).questions();
    assertTrue(apart.stream().noneMatch(okafor), "statements written nine years apart give themselves away");
  }

  @Test
  void theArticlesCorrespondentIsNeverOfferedAsASpeaker() {
    org.factquiz.extract.ArticleFacts ferry = Fixtures.ferry();
    List<org.factquiz.extract.Person> people = new java.util.ArrayList<>(ferry.people());
    people.add(new org.factquiz.extract.Person("Lina Berg", List.of("Berg"), List.of("harbour correspondent"), null));
    List<org.factquiz.extract.RoleHolding> roles = new java.util.ArrayList<>(ferry.roles());
    roles.add(new org.factquiz.extract.RoleHolding("Lina Berg", "harbour correspondent", ferry.statements().get(0).evidence()));
    org.factquiz.extract.ArticleFacts withReporter = new org.factquiz.extract.ArticleFacts(ferry.article(), ferry.title(),
        ferry.dateline(), people, ferry.bodies(), ferry.statements(), roles, ferry.events());
    for (long seed = 0; seed < 8; seed++) {
      GenerationRequest request = new GenerationRequest(List.of(), Set.of(QuestionKind.SINGLE_CHOICE), null, 1, 5, seed);
      List<Question> whoSaid = generator.generate(List.of(withReporter, Fixtures.mill()), request).questions().stream()
          .filter(q -> q.tags().template().startsWith("who-said")).toList();
      assertFalse(whoSaid.isEmpty());
      whoSaid.forEach(q -> assertTrue(q.options().stream().noneMatch(o -> o.text().contains("Berg")), q.options().toString()));
    }
  }

  @Test
  void aFalseBodyInAnEventIsOfTheTrueBodysKind() {
    String text = "Pier repaired\n\nThe Port Authority repaired the old pier in May 2020.\n\nThe Finance Ministry paid for it.";
    org.factquiz.extract.Evidence ev = Fixtures.ev("p.txt", text, "The Port Authority repaired");
    org.factquiz.extract.ArticleFacts a = new org.factquiz.extract.ArticleFacts("p.txt", "Pier repaired",
        (org.factquiz.content.Dateline) null, List.of(),
        List.of(new org.factquiz.extract.Body("Port Authority", List.of(), org.factquiz.extract.BodyKind.OTHER, null),
            new org.factquiz.extract.Body("Finance Ministry", List.of(), org.factquiz.extract.BodyKind.MINISTRY, null)),
        List.of(), List.of(),
        List.of(new org.factquiz.extract.DatedEvent("The Port Authority repaired the old pier",
            new org.factquiz.extract.TimeValue("2020-05", org.factquiz.extract.Granularity.MONTH), List.of(), List.of("Port Authority"), ev)));
    TemplateQuestionGenerator own = TemplateQuestionGenerator.of(TemplateLoader.load(java.nio.file.Path.of("question-templates")),
        ArticleTexts.of(java.util.Map.of("p.txt", text)));
    for (long seed = 0; seed < 6; seed++) {
      GenerationRequest request = new GenerationRequest(List.of(), Set.of(QuestionKind.TRUE_FALSE), null, 1, 5, seed);
      List<Question> tf = own.generate(List.of(a), request).questions().stream()
          .filter(q -> q.tags().template().equals("event-body-true-false")).toList();
      tf.forEach(q -> assertFalse(q.stem().contains("Finance Ministry"), "a ministry for a port authority answers itself: " + q.stem()));
    }
  }
}
