package org.factquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.factquiz.extract.Evidence;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private static final String TEXT = "The mayor spoke first. Anna Lind said that the bridge will open in 2022. Bo Ek agreed.";
  private static final String SENTENCE = "Anna Lind said that the bridge will open in 2022.";
  private static final int AT = TEXT.indexOf(SENTENCE);
  private static final Evidence LIND = new Evidence("a.txt", 0, AT, AT + SENTENCE.length(), SENTENCE);

  private static Question question(String id, String factId, QuestionKind kind, String stem, List<Choice> options, AnswerKey key) {
    return new Question(id, kind, stem, List.of(), options, key, List.of(), "feedback", LIND,
        new Source("a.txt", "T", null), 2, new Tags("a.txt", List.of(), List.of(), "t"), factId);
  }

  private static List<Choice> names(String... texts) {
    return Drafting.choices(List.of(texts), new java.util.Random(1));
  }

  private static Candidate whoSaid(String stem, List<Choice> options, List<Claim> claims) {
    String keyId = Drafting.idOf(options, "Anna Lind");
    Question q = question("q-1", "f-1", QuestionKind.SINGLE_CHOICE, stem, options, AnswerKey.ofChoices(List.of(keyId)));
    return new Candidate(q, AnswerSlot.SPEAKER, new Giveaway(List.of("the bridge will open"), List.of("Anna Lind", "Lind")),
        claims, options.stream().map(Choice::text).filter(t -> !t.equals("Anna Lind")).toList());
  }

  @Nested
  class OneQuestion {
    private final QuestionValidator validator = new QuestionValidator(ArticleTexts.of(java.util.Map.of("a.txt", TEXT)));
    private final List<Choice> options = names("Anna Lind", "Bo Ek", "Cai Moe", "Dag Olm");
    private final Claim speaker = new Claim.Mentions(LIND, "speaker Anna Lind", List.of("Anna Lind", "Lind"));

    @Test
    void acceptsAWellFormedQuestion() {
      assertEquals(Optional.empty(), validator.reject(whoSaid("Who said that the bridge will open in 2022?", options, List.of(speaker))));
    }

    @Test
    void rejectsAnUnresolvedPronounInTheStem() {
      String reason = validator.reject(whoSaid("Who said that he will open the bridge?", options, List.of(speaker))).orElseThrow();
      assertTrue(reason.contains("pronoun 'he'"), reason);
    }

    @Test
    void rejectsADanglingSlot() {
      String reason = validator.reject(whoSaid("Who said {quote}?", options, List.of(speaker))).orElseThrow();
      assertTrue(reason.contains("dangling slot {quote}"), reason);
    }

    @Test
    void rejectsAnOverlongStem() {
      String reason = validator.reject(whoSaid("Who said " + "x".repeat(400) + "?", options, List.of(speaker))).orElseThrow();
      assertTrue(reason.contains("longer than"), reason);
    }

    @Test
    void rejectsDuplicateOptions() {
      String reason = validator.reject(whoSaid("Who said that the bridge will open?", names("Anna Lind", "Bo Ek", "bo ek"),
          List.of(speaker))).orElseThrow();
      assertTrue(reason.contains("duplicate option"), reason);
    }

    @Test
    void rejectsAKeyTheEvidenceDoesNotSupport() {
      Claim wrong = new Claim.Mentions(LIND, "speaker Bo Ek", List.of("Bo Ek", "Ek"));
      String reason = validator.reject(whoSaid("Who said that the bridge will open?", options, List.of(wrong))).orElseThrow();
      assertTrue(reason.contains("key not supported by its evidence"), reason);
    }

    @Test
    void rejectsADateTheSentenceDoesNotState() {
      DateValue d = DateValue.of(new org.factquiz.extract.TimeValue("2023", org.factquiz.extract.Granularity.YEAR)).orElseThrow();
      String reason = validator.reject(whoSaid("Who said that the bridge will open?", options,
          List.of(new Claim.DateStated(LIND, d)))).orElseThrow();
      assertTrue(reason.contains("another year"), reason);
    }

    @Test
    void rejectsAnOptionThatAlsoFits() {
      Claim notBo = new Claim.NotMentioned(new Evidence("a.txt", 0, AT, TEXT.length(), TEXT.substring(AT)), "option Bo Ek", List.of("Bo Ek"));
      String reason = validator.reject(whoSaid("Who said that the bridge will open?", options, List.of(speaker, notBo))).orElseThrow();
      assertTrue(reason.contains("also fits"), reason);
    }

    @Test
    void rejectsEvidenceNotVerbatimAtItsOffsets() {
      Evidence shifted = new Evidence("a.txt", 0, AT + 1, AT + 1 + SENTENCE.length(), SENTENCE);
      Claim c = new Claim.Mentions(shifted, "speaker", List.of("Lind"));
      String reason = validator.reject(whoSaid("Who said that the bridge will open?", options, List.of(c))).orElseThrow();
      assertTrue(reason.contains("verbatim"), reason);
    }

    @Test
    void rejectsAStemThatNamesTheKey() {
      String reason = validator.reject(whoSaid("Did Lind say that the bridge will open?", options, List.of(speaker))).orElseThrow();
      assertTrue(reason.contains("gives the key away"), reason);
    }
  }

  @Nested
  class WholeSet {
    private final List<Choice> options = names("Anna Lind", "Bo Ek", "Cai Moe", "Dag Olm");

    @Test
    void rejectsAQuestionWhoseStemShowsAnotherQuestionsKey() {
      SetValidator set = new SetValidator();
      assertEquals(Optional.empty(), set.offer(whoSaid("Who said that the bridge will open in 2022?", options, List.of())));
      Question leak = question("q-2", "f-2", QuestionKind.NUMERIC,
          "In what year, as Anna Lind said, will the bridge will open?", List.of(), AnswerKey.ofNumber(2022, 0));
      String reason = set.offer(new Candidate(leak, AnswerSlot.YEAR, null, List.of(), List.of())).orElseThrow();
      assertTrue(reason.contains("shows the key of q-1"), reason);
    }

    @Test
    void rejectsALaterQuestionWhoseKeyAnEarlierOneShows() {
      SetValidator set = new SetValidator();
      Question tf = question("q-3", "f-3", QuestionKind.TRUE_FALSE, "True or false: Anna Lind said the bridge will open in 2022.",
          Drafting.trueFalse(), AnswerKey.ofChoices(List.of("true")));
      assertEquals(Optional.empty(), set.offer(new Candidate(tf, AnswerSlot.SPEAKER, null, List.of(), List.of())));
      String reason = set.offer(whoSaid("Who said that the bridge will open in 2022?", options, List.of())).orElseThrow();
      assertTrue(reason.contains("is shown by q-3"), reason);
    }

    @Test
    void rejectsTwoQuestionsTestingTheSameAspectOfAFact() {
      SetValidator set = new SetValidator();
      assertEquals(Optional.empty(), set.offer(whoSaid("Who said that the bridge will open in 2022?", options, List.of())));
      Question again = question("q-4", "f-1", QuestionKind.SHORT_ANSWER, "Name who said the bridge opens soon.", List.of(),
          AnswerKey.ofText("Anna Lind"));
      String reason = set.offer(new Candidate(again, AnswerSlot.SPEAKER, null, List.of(), List.of())).orElseThrow();
      assertTrue(reason.contains("same fact"), reason);
    }

    @Test
    void allowsAnotherAspectOfTheSameFact() {
      SetValidator set = new SetValidator();
      assertEquals(Optional.empty(), set.offer(whoSaid("Who said that the bridge will open in 2022?", options, List.of())));
      Question word = question("q-5", "f-1", QuestionKind.CLOZE, "Fill in: the _____ will open", List.of(), AnswerKey.ofText("bridge"));
      assertEquals(Optional.empty(), set.offer(new Candidate(word, AnswerSlot.WORD, null, List.of(), List.of())));
    }

    @Test
    void rejectsASecondBlankInTheSameSentence() {
      SetValidator set = new SetValidator();
      Question first = question("q-6", "f-1", QuestionKind.CLOZE, "Fill in: Anna Lind said that the _____ will open in 2022.",
          List.of(), AnswerKey.ofText("bridge"));
      assertEquals(Optional.empty(), set.offer(new Candidate(first, AnswerSlot.WORD, null, List.of(), List.of())));
      Question second = question("q-7", "f-2", QuestionKind.CLOZE, "Fill in: Anna Lind said that the bridge will _____ in 2022.",
          List.of(), AnswerKey.ofText("open"));
      String reason = set.offer(new Candidate(second, AnswerSlot.BLANK, null, List.of(), List.of())).orElseThrow();
      assertTrue(reason.contains("another word of the sentence q-6"), reason);
    }
  }
}
