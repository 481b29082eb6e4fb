package org.factquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factquiz.extract.BodyKind;
import org.junit.jupiter.api.Test;

/** The wording rules that keep stems and options whole, fair and single-answered (sentences written for the test). */
class FairWordingTest {
  @Test
  void aSpeakerJoinedToAnotherNameSharesTheCredit() {
    List<String> lind = List.of("Anna Lind", "Lind");
    assertTrue(JointSubject.in("He and Prime Minister Anna Lind agreed that the port should stay open.",
        "the port should stay open", lind));
    assertTrue(JointSubject.in("Lind and Bo Ek said the bridge was safe.", "the bridge was safe", lind));
    assertTrue(JointSubject.in("Both ministers said the bridge was safe.", "the bridge was safe", lind));
    assertTrue(JointSubject.in("Little came of the \"open harbour\" agreed between Mayor Lind and Bo Ek.", "open harbour", lind));
    assertFalse(JointSubject.in("Anna Lind said that ferries and buses will share the pier.",
        "ferries and buses will share the pier", lind));
    assertFalse(JointSubject.in("Lind, who met Bo Ek on Monday, said the pier was old.", "the pier was old", lind));
  }

  @Test
  void aLongerNameHoldingAShorterOneIsTheSameBodyForOptions() {
    Named pjc = new Named("Harbour Council", List.of("Harbour Council"), false, BodyKind.COUNCIL, "a");
    Named longer = new Named("Bay Harbour Council", List.of("Bay Harbour Council"), false, BodyKind.COUNCIL, "b");
    Named other = new Named("Port Council", List.of("Port Council"), false, BodyKind.COUNCIL, "b");
    assertTrue(pjc.nameWithin(longer));
    assertFalse(pjc.nameWithin(other));
  }

  @Test
  void documentsAndBodiesOfUnknownKindDoNotSpeak() {
    assertTrue(new Named("Anna Lind", List.of("Anna Lind"), true, null, "a").speaks());
    assertTrue(new Named("Harbour Council", List.of("Harbour Council"), false, BodyKind.COUNCIL, "a").speaks());
    assertFalse(new Named("Bay Treaty", List.of("Bay Treaty"), false, BodyKind.TREATY_OR_AGREEMENT, "a").speaks());
    assertFalse(new Named("Port Concept", List.of("Port Concept"), false, BodyKind.OTHER, "a").speaks());
  }

  @Test
  void aNewspaperThatQuotesItsSourcesIsNotTheirSpeaker() {
    String sentence = "Harbour officials were quoted by the Bay Times as saying that the pier will close.";
    org.factquiz.extract.Statement s = new org.factquiz.extract.Statement("Bay Times", false, "the pier will close",
        new org.factquiz.extract.Evidence("a.txt", 0, 0, sentence.length(), sentence));
    Named paper = new Named("Bay Times", List.of("Bay Times"), false, BodyKind.MEDIA, "a.txt");
    assertTrue(StatementQuestions.unfairSpeaker(s, paper).isPresent());
    String own = "The Bay Times wrote that the pier will close.";
    assertTrue(StatementQuestions.unfairSpeaker(new org.factquiz.extract.Statement("Bay Times", false, "the pier will close",
        new org.factquiz.extract.Evidence("a.txt", 0, 0, own.length(), own)), paper).isEmpty());
  }

  @Test
  void theArticlesOwnCorrespondentIsNoSpeakerToAskAbout() {
    String text = "Our harbour correspondent Lina Berg says the ferries are late. Mayor Elena Varga said the ferries will run.";
    org.factquiz.extract.Evidence berg = new org.factquiz.extract.Evidence("c.txt", 0, 0, 61, text.substring(0, 61));
    org.factquiz.extract.ArticleFacts article = new org.factquiz.extract.ArticleFacts("c.txt", "Ferries", (org.factquiz.content.Dateline) null,
        List.of(new org.factquiz.extract.Person("Lina Berg", List.of("Berg"), List.of("harbour correspondent"), null),
            new org.factquiz.extract.Person("Elena Varga", List.of("Varga"), List.of("Mayor"), null)),
        List.of(), List.of(new org.factquiz.extract.Statement("Lina Berg", false, "the ferries are late", berg)),
        List.of(new org.factquiz.extract.RoleHolding("Lina Berg", "harbour correspondent", berg)), List.of());
    CorpusIndex index = new CorpusIndex(List.of(article));
    Named who = index.named("c.txt", "Lina Berg");
    String reason = StatementQuestions.unfairSpeaker(article.statements().get(0), who, index).orElseThrow();
    assertTrue(reason.contains("writes for the article"), reason);
    assertTrue(StatementQuestions.unfairSpeaker(article.statements().get(0), who).isEmpty(), "without the role she would speak");
  }

  @Test
  void aBodySpeakingThroughADocumentItIssuedIsNotItsSpeaker() {
    String sentence = "The joint statement of the Harbour Council reaffirms the \"commitment to build a safe harbour\".";
    org.factquiz.extract.Statement s = new org.factquiz.extract.Statement("Harbour Council", true, "commitment to build a safe harbour",
        new org.factquiz.extract.Evidence("a.txt", 0, 0, sentence.length(), sentence));
    Named council = new Named("Harbour Council", List.of("Harbour Council"), false, BodyKind.COUNCIL, "a.txt");
    assertTrue(StatementQuestions.unfairSpeaker(s, council).orElseThrow().contains("document it issued"));
    String own = "The Harbour Council said: \"We will build a safe harbour.\"";
    assertTrue(StatementQuestions.unfairSpeaker(new org.factquiz.extract.Statement("Harbour Council", true, "We will build a safe harbour.",
        new org.factquiz.extract.Evidence("a.txt", 0, 0, own.length(), own)), council).isEmpty());
  }

  @Test
  void reportedWordsWithoutAVerbOrSubjectAreNotPhrased() {
    String sentence = "The plan was hinted at in a paper by the mayor and signaled more clearly on Sunday.";
    assertNull(Phrasing.said("more clearly on Sunday", sentence));
    assertNull(Phrasing.said("confirms the council's long-held view on ferries",
        "It was a vote that confirms the council's long-held view on ferries."));
    assertNull(Phrasing.said("confirms the council's long-held view on ferries",
        "If nothing else, this confirms the council's long-held view on ferries."));
    assertEquals("welcomed Lind's plan for the ferries", Phrasing.said("welcomed Lind's plan for the ferries",
        "The council welcomed Lind's plan for the ferries."));
    assertEquals("said that the bridge will open in May",
        Phrasing.said("the bridge will open in May", "Lind said that the bridge will open in May."));
    assertEquals("said that successes at the pier are spreading to other harbours",
        Phrasing.said("successes at the pier are spreading to other harbours",
            "Lind said that successes at the pier are spreading to other harbours."));
  }

  @Test
  void aGerundSubjectWithAVerbIsAClauseAndABareParticipleIsNot() {
    assertEquals("said that building on the old pier is already a costly task",
        Phrasing.said("building on the old pier is already a costly task", "He said that building on the old pier is already a costly task."));
    assertNull(Phrasing.said("praising the new timetable and crews", "Lind spoke warmly, praising the new timetable and crews."));
  }

  @Test
  void aCapitalThatOnlyOpenedTheSpeakersSentenceIsMadeSmall() {
    assertEquals("the goal is to open the bridge by May", Phrasing.clause("The goal is to open the bridge by May."));
    assertEquals("Lind will open the bridge", Phrasing.clause("Lind will open the bridge"));
  }

  @Test
  void longReportedWordsEndAtAClauseBoundaryOrNotAtAll() {
    String text = "the council should approve the new ferry timetable before the summer season begins, "
        + "which would let the harbour hire more staff for the crowded weekends of July and August";
    String shown = Excerpts.clauses(text, 100);
    assertEquals("the council should approve the new ferry timetable before the summer season begins", shown);
    assertNull(Excerpts.clauses("x".repeat(150), 100));
    assertEquals("short words", Excerpts.clauses("short words", 100));
    assertTrue(Excerpts.fits("One sentence. Another one that goes on.", 20));
    assertFalse(Excerpts.fits("one very long sentence without any full stop to end it", 20));
  }

  @Test
  void clozeNeverBlanksOneWordOfANameOrTitle() {
    String sentence = "Transport Minister Tomas Reed told the Guardian that Harbourtown needs faster ferries.";
    List<String> words = ClozeQuestions.blankables(sentence);
    assertFalse(words.contains("Minister"), words.toString());
    assertFalse(words.contains("Reed"), words.toString());
    assertTrue(words.contains("Harbourtown"), words.toString());
    assertTrue(words.contains("Guardian"), words.toString());
    assertTrue(words.contains("faster") || words.contains("ferries"), words.toString());
    assertFalse(ClozeQuestions.blankables("He said [Transport officials] agreed to everything quickly.").contains("officials"));
  }

  @Test
  void clozeNeverBlanksAnAdverbOrACountrysAdjective() {
    List<String> words = ClozeQuestions.blankables("The mayor met Swedish engineers to discuss harbour dredging, particularly near piers.");
    assertFalse(words.contains("Swedish"), words.toString());
    assertFalse(words.contains("particularly"), words.toString());
    assertTrue(words.contains("dredging") || words.contains("engineers"), words.toString());
  }

  @Test
  void aClozeSentenceMustNotOpenByPointingBack() {
    assertTrue(ClozeQuestions.refersBack("These include ferries, buses and trams."));
    assertTrue(ClozeQuestions.refersBack("All of that ended with the storm."));
    assertFalse(ClozeQuestions.refersBack("He said the ferries will run."));
    assertTrue(ClozeQuestions.refersBack("He said these include ferries, buses and trams."));
    assertTrue(ClozeQuestions.refersBack("She noted that these were costly."));
    assertFalse(ClozeQuestions.refersBack("The council approved the plan."));
  }

  @Test
  void clozeAcceptsOtherSpellingsOfTheSameWord() {
    assertTrue(Spellings.of("recognises").contains("recognizes"));
    assertTrue(Spellings.of("defence").contains("defense"));
    assertEquals(List.of("influence"), Spellings.of("influence"));
    assertTrue(Spellings.of("damage-limitation").contains("damage limitation"));
    assertFalse(Spellings.of("damage-limitation").contains("damagelimitation"));
    assertFalse(Spellings.of("mid-February").contains("February"), "the stem's hint gives \u201cm\u2026\u201d, 11 letters");
    assertTrue(Spellings.of("non-stop").contains("nonstop"));
    assertTrue(Spellings.of("pro-Western").contains("prowestern"));
    assertTrue(Spellings.of("reengagement").contains("re-engagement"));
    assertFalse(ClozeQuestions.blankables("The council froze all Harbour-Bay activities for good.").contains("Harbour-Bay"));
    assertEquals(List.of("harbour", "harbor"), Spellings.of("harbour"));
  }

  @Test
  void feedbackQuotesEachPassageOnceWithItsInnerQuotesSingle() {
    org.factquiz.extract.Evidence whole = new org.factquiz.extract.Evidence("a.txt", 0, 0, 40, "Lind spoke. She said the pier is \"safe\".");
    org.factquiz.extract.Evidence part = new org.factquiz.extract.Evidence("a.txt", 0, 12, 40, "She said the pier is \"safe\".");
    assertEquals("\"Lind spoke. She said the pier is 'safe'.\"", Drafting.cited(List.of(whole, part)));
    assertEquals("\u201cthe ferries remain \u2018frozen\u2019\u201d", Phrasing.quote("the ferries remain \u201cfrozen\u201d."));
  }

  @Test
  void theTwoSidesOfAnEventAreNamedWhenItHasExactlyTwoActingBodies() {
    org.factquiz.extract.Evidence ev = new org.factquiz.extract.Evidence("a.txt", 0, 0, 1, "x");
    org.factquiz.extract.TimeValue when = new org.factquiz.extract.TimeValue("2020-05", org.factquiz.extract.Granularity.MONTH);
    org.factquiz.extract.DatedEvent two = new org.factquiz.extract.DatedEvent("The two sides signed the Harbour Accord", when,
        List.of(), List.of("Lakeside Council", "Port Authority", "Harbour Accord"), ev);
    assertEquals("Lakeside Council and Port Authority signed the Harbour Accord", TimelineItems.described(two));
    org.factquiz.extract.DatedEvent three = new org.factquiz.extract.DatedEvent("The two sides met", when,
        List.of(), List.of("Lakeside Council", "Port Authority", "Harbor Board"), ev);
    assertEquals("The two sides met", TimelineItems.described(three));
  }

  @Test
  void clozeNeverBlanksAWordBesideATypingSlip() {
    List<String> words = ClozeQuestions.blankables("The council recognises the important.role harbours play in regional commerce.");
    assertFalse(words.contains("important"), words.toString());
    assertFalse(words.contains("role"), words.toString());
    assertTrue(words.contains("commerce"), words.toString());
  }

  @Test
  void clozeSentencesHideSourceCitations() {
    assertEquals("The ferry is expected in June.", ClozeQuestions.withoutCitations("The ferry is expected in June (Harbour News, May 3)."));
    assertEquals("The ferry (\u2026) is expected in June.",
        ClozeQuestions.withoutCitations("The ferry (Harbour News, May 3; Radio Bay, May 4) is expected in June."));
    assertEquals("The ferry (the old one) sails.", ClozeQuestions.withoutCitations("The ferry (the old one) sails."));
  }

  @Test
  void aQuotationMarkWithoutItsPartnerIsDropped() {
    assertEquals("\u201cthe ferries a lifeline for the islands\u201d", Phrasing.quote("the ferries a \"lifeline for the islands"));
    assertEquals("\u201ca cornerstone of harbour safety\u201d", Phrasing.quote("a cornerstone of harbour safety\""));
    assertEquals("\u201ca \"safe\" harbour\u201d", Phrasing.quote("a \"safe\" harbour"));
  }

  @Test
  void aStemOrOptionCutShortIsRejected() {
    Question q = new Question("q-1", QuestionKind.SINGLE_CHOICE, "Who said that the ferry …?", List.of(),
        Drafting.choices(List.of("Anna Lind", "Bo Ek", "Cai Moe"), new java.util.Random(1)),
        AnswerKey.ofChoices(List.of("a")), List.of(), "feedback", null, new Source("a.txt", "T", null), 2,
        new Tags("a.txt", List.of(), List.of(), "t"), "f-1");
    String reason = new QuestionValidator(ArticleTexts.of(java.util.Map.of())).reject(
        new Candidate(q, AnswerSlot.SPEAKER, null, List.of(), List.of())).orElse(null);
    assertNotNull(reason);
    assertTrue(reason.contains("cut short"), reason);
  }

  @Test
  void aClozeWindowOpensAndStopsWhereAClauseDoes() {
    String sentence = "After a long winter of delays and quarrels over money, the harbour board finally agreed that the old wooden pier"
        + " must be rebuilt before the summer season, when ferries from three islands land there every hour of the day.";
    String shown = Excerpts.around(sentence, "rebuilt", 8);
    assertTrue(shown.startsWith("… the harbour board finally agreed"), shown);
    assertTrue(shown.endsWith("before the summer season …"), shown);
    assertEquals(sentence, Excerpts.around(sentence, "rebuilt", 40));
  }

  @Test
  void aClozeStemGivesTheOpeningLettersAndLengthOfItsWord() {
    GenerationRequest request = new GenerationRequest(List.of(), java.util.Set.of(QuestionKind.CLOZE), null, 1, 5, 0L);
    List<Question> cloze = Fixtures.generator().generate(Fixtures.corpus(), request).questions();
    assertFalse(cloze.isEmpty());
    for (Question q : cloze) {
      String word = q.key().text();
      String hint = "\u201c" + ClozeQuestions.hint(word) + "\u2026\u201d, " + word.replaceAll("[^\\p{L}]", "").length() + " letters";
      assertTrue(q.stem().contains(hint), hint + " in " + q.stem());
    }
  }

  @Test
  void aLongerClozeWordShowsMoreOfItsOpening() {
    assertEquals("s", ClozeQuestions.hint("shift"));
    assertEquals("te", ClozeQuestions.hint("tensions"));
    assertEquals("com", ClozeQuestions.hint("completed"), "not \u201cconcluded\u201d");
    assertEquals("opp", ClozeQuestions.hint("opposition"), "not \u201cobjections\u201d");
    assertEquals("G", ClozeQuestions.hint("Guardian"), "a name is decided: its first letter is enough");
    assertEquals("p", ClozeQuestions.hint("pro-Western"));
  }

  @Test
  void quotedWordsOpeningWithTheirVerbAreNotShownAlone() {
    assertTrue(Phrasing.subjectless("is preparing, on the town's initiative, a charter for the harbour"));
    assertTrue(Phrasing.subjectless("quickly to change its timetable so the ferries run at night"));
    assertTrue(Phrasing.subjectless("to keep the pier open"));
    assertFalse(Phrasing.subjectless("one of the most important harbours of the coast"));
    assertFalse(Phrasing.subjectless("We will keep the pier open"));
  }

  @Test
  void aClozeWordIsNotBlankedWhereAnotherWordOfItsArticleFitsTheHintAndTheSlot() {
    String text = "Repairs to the ferry could be completed this summer. The council committed this money in May.";
    org.factquiz.extract.Evidence ev = new org.factquiz.extract.Evidence("r.txt", 0, 0, 51, text.substring(0, 51));
    org.factquiz.extract.DatedEvent e = new org.factquiz.extract.DatedEvent("The ferry", new org.factquiz.extract.TimeValue("2020", org.factquiz.extract.Granularity.YEAR),
        List.of(), List.of(), ev);
    org.factquiz.extract.ArticleFacts a = new org.factquiz.extract.ArticleFacts("r.txt", "Ferry", (org.factquiz.content.Dateline) null,
        List.of(), List.of(), List.of(), List.of(), List.of(e));
    Drafting d = new Drafting(new CorpusIndex(List.of(a)), ArticleTexts.of(java.util.Map.of("r.txt", text)), 0L);
    Template t = TemplateLoader.load(java.nio.file.Path.of("question-templates")).templates().stream()
        .filter(x -> x.id().equals("complete-the-sentence")).findFirst().orElseThrow();
    List<String> keys = new ClozeQuestions(d).sentence(t, e, a).filter(o -> o.candidate() != null)
        .map(o -> o.candidate().question().key().text()).toList();
    assertFalse(keys.contains("completed"), "\u201ccom\u2026\u201d, 9 letters, before \u201cthis\u201d: committed fits too " + keys);
    assertTrue(keys.contains("ferry"), keys.toString());
  }

  @Test
  void aQuoteNamingItsSubjectInBracketsIsNoOptionOrPremise() {
    org.factquiz.extract.Evidence e = new org.factquiz.extract.Evidence("a.txt", 0, 0, 10, "x");
    assertNull(GroupQuestions.shown(new org.factquiz.extract.Statement("Mara Holt", true,
        "He (Reed) made it clear that the ferry will not run at night.", e)));
    assertNotNull(GroupQuestions.shown(new org.factquiz.extract.Statement("Mara Holt", true,
        "It became clear [to the council] that the ferry will not run at night.", e)));
  }

  @Test
  void aShortAnswerAcceptsTheNameWithATitleNotWithADescription() {
    String text = "Acting Mayor Ana Ruiz opened the pier. Ruiz, a retired harbour pilot, spoke first.";
    org.factquiz.extract.Evidence first = new org.factquiz.extract.Evidence("m.txt", 0, 0, 38, text.substring(0, 38));
    org.factquiz.extract.Evidence second = new org.factquiz.extract.Evidence("m.txt", 0, 39, text.length(), text.substring(39));
    org.factquiz.extract.ArticleFacts a = new org.factquiz.extract.ArticleFacts("m.txt", "Pier", (org.factquiz.content.Dateline) null,
        List.of(new org.factquiz.extract.Person("Ana Ruiz", List.of("Ruiz"), List.of("acting Mayor"), null)), List.of(), List.of(),
        List.of(new org.factquiz.extract.RoleHolding("Ana Ruiz", "acting Mayor", first),
            new org.factquiz.extract.RoleHolding("Ana Ruiz", "retired harbour pilot", second)), List.of());
    CorpusIndex index = new CorpusIndex(List.of(a));
    Drafting d = new Drafting(index, ArticleTexts.of(java.util.Map.of("m.txt", text)), 0L);
    List<String> accepted = d.accepted(index.named("m.txt", "Ana Ruiz"), a);
    assertTrue(accepted.contains("acting Mayor Ruiz"), accepted.toString());
    assertTrue(accepted.contains("acting Mayor Ana Ruiz"), accepted.toString());
    assertFalse(accepted.stream().anyMatch(f -> f.contains("pilot")), accepted.toString());
  }
}
