package org.factquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.DatedEvent;
import org.factquiz.extract.Evidence;
import org.factquiz.extract.Statement;

/**
 * Makes "complete the quote" questions: one telling word of a direct quote is blanked. A quote of
 * several sentences is blanked in its last one, so that it does not overlap the "who said" excerpt.
 * Reported words are blanked in the sentence that reports them; an event in the sentence stating it.
 */
final class ClozeQuestions {
  static final String BLANK = "_____";
  /** Sentences up to this many words are shown whole around the blank. */
  static final int WHOLE_SENTENCE_WORDS = 25;
  /** A quotation shorter than this leaves its blank open to many words ("shared _____ of A and B"). */
  static final int QUOTE_WORDS = 8;
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*\\p{L}");
  /** A capitalised word just before, maybe across a name's small word ("Security and Cooperation"). */
  private static final Pattern NEIGHBOUR_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}.'\u2019-]*\\s+(?:(?:of|for|and|the|on)\\s+)?$");
  private static final Pattern NEIGHBOUR_AFTER = Pattern.compile("\\s+(?:(?:of|for|and|the|on)\\s+)?\\p{Lu}");

  private final Drafting d;

  ClozeQuestions(Drafting d) {
    this.d = d;
  }

  /**
   * Candidates blanking the best words first, made as they are asked for: when one is refused (its
   * word shows elsewhere), the next is tried.
   */
  java.util.stream.Stream<Outcome> make(Template t, Statement s, ArticleFacts a) {
    return s.direct() ? quote(t, s, a) : report(t, s, a);
  }

  /**
   * Blanks a telling word of reported words in the sentence that reports them: the sentence is shown
   * whole when short, else a window around the blank; never a word of the speaker's name.
   */
  private java.util.stream.Stream<Outcome> report(Template t, Statement s, ArticleFacts a) {
    String factId = StableIds.fact(s);
    Named speaker = d.index.named(a.article(), s.speaker());
    String whole = s.evidence().sentence().replaceAll("\\s+", " ").strip();
    String words = s.text().replaceAll("\\s+", " ").strip();
    if (!whole.contains(words) || words.split(" ").length < 5) {
      return java.util.stream.Stream.of(Outcome.none(t, factId, "no reported words of five words or more in the sentence to blank"));
    }
    if (refersBack(whole)) {
      return java.util.stream.Stream.of(Outcome.none(t, factId, "the sentence opens by referring back to one the student cannot see"));
    }
    List<String> ranked = blankables(words).stream()
        .filter(w -> !topical(w, a) && !rivalled(w, whole, a))
        .filter(w -> speaker.forms().stream().noneMatch(f -> NameForms.mentions(f, w)))
        .filter(w -> count(whole, w) == 1)
        .limit(ALTERNATES).toList();
    if (ranked.isEmpty()) {
      return java.util.stream.Stream.of(Outcome.none(t, factId, "no telling word to blank in \"" + Excerpts.of(words, 60) + "\""));
    }
    List<String> people = speaker.person() ? List.of(speaker.name()) : List.of();
    List<String> bodies = speaker.person() ? List.of() : List.of(speaker.name());
    return ranked.stream().map(word -> blanked(t, factId, withoutCitations(whole), word, s.evidence(), a, people, bodies,
        slots -> slots.put("speaker", speaker.name())));
  }

  private static long count(String text, String word) {
    return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).results().count();
  }

  private java.util.stream.Stream<Outcome> quote(Template t, Statement s, ArticleFacts a) {
    String factId = StableIds.fact(s);
    List<String> sentences = Excerpts.sentences(s.text());
    String last = sentences.get(sentences.size() - 1);
    String part = last.split("\\s+").length < QUOTE_WORDS ? sentences.get(0) : last;
    if (part.split("\\s+").length < QUOTE_WORDS) {
      return java.util.stream.Stream.of(Outcome.none(t, factId, "no quote sentence of " + QUOTE_WORDS + " words or more to blank: a shorter one leaves the blank open to many words"));
    }
    String shown = part.replaceAll("\\s+", " ").strip();
    List<String> ranked = blankables(shown).stream().filter(w -> !topical(w, a) && !rivalled(w, shown, a)).limit(ALTERNATES).toList();
    if (ranked.isEmpty()) {
      return java.util.stream.Stream.of(Outcome.none(t, factId, "no telling word to blank in \"" + Excerpts.of(shown, 60) + "\""));
    }
    Optional<Evidence> evidence = d.window.sentenceWith(s.evidence(), shown.length() > 30 ? shown.substring(0, 30) : shown);
    if (evidence.isEmpty()) {
      return java.util.stream.Stream.of(Outcome.none(t, factId, "the quoted sentence is not found in the article text"));
    }
    Named speaker = d.index.named(a.article(), s.speaker());
    List<String> people = speaker.person() ? List.of(speaker.name()) : List.of();
    List<String> bodies = speaker.person() ? List.of() : List.of(speaker.name());
    return ranked.stream().map(word -> blanked(t, factId, shown, word, evidence.get(), a, people, bodies,
        slots -> slots.put("speaker", speaker.name())));
  }

  /**
   * Makes "complete the sentence" questions from the sentence stating an event: a telling word
   * (not a date word) of the sentence, shown verbatim up to the excerpt length, is blanked. Events
   * stated by the same sentence blank different words: the set refuses a word already asked there.
   */
  java.util.stream.Stream<Outcome> sentence(Template t, DatedEvent e, ArticleFacts a) {
    String factId = StableIds.fact(e);
    String whole = e.evidence().sentence().replaceAll("\\s+", " ").strip();
    if (refersBack(whole)) {
      return java.util.stream.Stream.of(Outcome.none(t, factId, "the sentence opens by referring back to one the student cannot see"));
    }
    List<String> ranked = blankables(e.evidence().sentence()).stream().filter(w -> !topical(w, a) && !rivalled(w, e.evidence().sentence(), a)).limit(EVENT_ALTERNATES).toList();
    if (ranked.isEmpty()) {
      return java.util.stream.Stream.of(Outcome.none(t, factId, "no telling word to blank in the event's sentence"));
    }
    String event = Excerpts.trimEnd(Excerpts.of(e.what(), EventQuestions.EVENT_MAX));
    return ranked.stream().map(word -> blanked(t, factId, withoutCitations(whole), word, e.evidence(), a, e.people(), e.bodies(),
        slots -> slots.put("event", event)));
  }

  /** How many words of one sentence are offered in turn. */
  static final int ALTERNATES = 4;
  /** An event's sentence is often also a statement's or another event's, whose questions show more of its words: more turns. */
  static final int EVENT_ALTERNATES = ALTERNATES + 2;

  /** Words shown either side of the blank, widest first: the first window whose stem fits the limit is used. */
  private static final int[] WINDOWS = {12, 9, 7, 5};

  /** The sentence whole when short, else a window of whole clauses around the word. */
  private static String window(String shown, String word, int n) {
    return n == WINDOWS[0] && shown.split(" ").length <= WHOLE_SENTENCE_WORDS ? shown : Excerpts.around(shown, word, n);
  }

  /**
   * One cloze candidate: {@code word} blanked in the widest window of {@code text} whose stem fits.
   * The stem may give the word's opening letters ({@code {initial}}, see {@link #hint}) and its
   * number of letters ({@code {letters}}), so that a synonym does not fill the blank as well.
   */
  private Outcome blanked(Template t, String factId, String text, String word, Evidence evidence, ArticleFacts a,
      List<String> people, List<String> bodies, java.util.function.Consumer<Map<String, String>> extra) {
    Outcome made = null;
    for (int n : WINDOWS) {
      made = blankedIn(t, factId, window(text, word, n), word, evidence, a, people, bodies, extra);
      if (made.candidate().question().stem().length() <= QuestionValidator.STEM_LIMIT) {
        return made;
      }
    }
    return made;
  }

  private Outcome blankedIn(Template t, String factId, String part, String word, Evidence evidence, ArticleFacts a,
      List<String> people, List<String> bodies, java.util.function.Consumer<Map<String, String>> extra) {
    Map<String, String> slots = d.commonSlots(a, evidence);
    extra.accept(slots);
    slots.put("cloze", Phrasing.quote(part.replaceFirst("\\b" + Pattern.quote(word) + "\\b", BLANK)));
    slots.put("initial", hint(word));
    slots.put("letters", String.valueOf(word.codePoints().filter(Character::isLetter).count()));
    int at = part.indexOf(word);
    String cue = Excerpts.firstWords(part.substring(Math.max(0, part.lastIndexOf(' ', Math.max(0, at - 2)))), 4);
    Question q = d.question(t, factId, "v" + d.variant(factId, t), slots, null, null, AnswerKey.ofText(word),
        Spellings.of(word), evidence, a, people, bodies);
    return Outcome.of(new Candidate(q, t.answer(), new Giveaway(List.of(cue), List.of(word)),
        List.of(new Claim.Mentions(evidence, "blanked word", List.of(word))), List.of()));
  }

  /**
   * True for a capitalised word next to another capitalised word ("Prime Minister", "State
   * Department", "Anatoly Kvashnin"): blanking one word of a name or title tests nothing.
   */
  static boolean partOfLongerName(String text, int start, int end) {
    if (!Character.isUpperCase(text.codePointAt(start))) {
      return false;
    }
    Matcher before = NEIGHBOUR_BEFORE.matcher(text.substring(0, start));
    Matcher after = NEIGHBOUR_AFTER.matcher(text.substring(end));
    return before.find() || after.lookingAt();
  }

  /**
   * True for a sentence that opens by pointing back at what the student cannot see ("These include
   * ...", "All of that ended ..."). A speaker's "He said that ..." is kept: the blank is in what was said.
   */
  static boolean refersBack(String sentence) {
    String opened = sentence.strip().replaceAll("^[\"'\u201c\u2018]+", "");
    // "He said these include ...": what was said points back all the same
    Matcher said = SPEAKER_OPENING.matcher(opened);
    if (said.lookingAt() && Vocabulary.SAYING.matcher(said.group(1)).matches()) {
      opened = opened.substring(said.end());
    }
    String[] words = opened.split("\\s+");
    String first = words[0].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    return BACK_POINTERS.contains(first)
        || (words.length > 2 && first.equals("all") && words[1].equals("of") && BACK_POINTERS.contains(words[2].replaceAll("[^\\p{L}]", "")));
  }

  private static final Pattern SPEAKER_OPENING = Pattern.compile("(?:He|She|They|It|We|I)\\s+(\\p{Ll}+)\\s+(?:that\\s+)?");

  private static final java.util.Set<String> BACK_POINTERS = java.util.Set.of("this", "these", "that", "those", "such");

  /**
   * True for a word the article decides and a reader cannot swap for a synonym: a name (a single
   * capitalised word), a number, or a compound term ("damage-limitation", "out-of-area").
   */
  /** "NATO-Russia", "Russian-NATO": a pair of names whose order the article itself varies. */
  private static final Pattern NAME_PAIR = Pattern.compile("\\p{Lu}[\\p{L}]*-\\p{Lu}[\\p{L}-]*");

  /** Endings of abstract nouns: a blank such a noun fills admits few other words. */
  private static final Pattern NOUN = Pattern.compile("(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ship|ships|ance|ances|ence|ences|ism|isms|dom|hood|ogy|acy)$");

  static boolean decided(String word) {
    return Character.isUpperCase(word.codePointAt(0)) || word.chars().anyMatch(Character::isDigit) || word.contains("-");
  }

  /** A source citation in brackets ("(Reuters, January 24)"): it only distracts from the blank, so it shows as "(…)". */
  private static final Pattern CITATION = Pattern.compile("\\s*\\([^)]*\\d[^)]*\\)");

  static String withoutCitations(String text) {
    return CITATION.matcher(END_CITATION.matcher(text).replaceAll("$1")).replaceAll(" (\u2026)");
  }

  /** A citation closing the sentence: left out whole, a "(…)" there would look like a stray. */
  private static final Pattern END_CITATION = Pattern.compile("\\s*\\([^)]*\\d[^)]*\\)([.!?]?[\"'\u201d\u2019]?\\s*)$");

  /** How often a word may occur in its article and still be worth blanking: more is the topic, guessed without reading. */
  static final int TOPICAL = 4;

  /** True for a word the article uses {@link #TOPICAL} times or more ("NATO-Russia" in an article on NATO and Russia). */
  private boolean topical(String word, ArticleFacts a) {
    return d.words(a.article()).count(word) >= TOPICAL;
  }

  /**
   * The opening letters a cloze stem gives of its word: one for a name, a number, a hyphened term or
   * a word of up to six letters; two for seven or eight; three for longer words, which a same-shape
   * synonym would otherwise fit as well ("com…" for "completed", not "concluded"; "opp…" for
   * "opposition", not "objections") — the scaffold of a C-test, still leaving the word to recall.
   */
  static String hint(String word) {
    int letters = (int) word.codePoints().filter(Character::isLetter).count();
    int shown = decided(word) || letters <= 6 ? 1 : letters <= 8 ? 2 : 3;
    return word.substring(0, word.offsetByCodePoints(0, shown));
  }

  /**
   * True for a lower-case word whose slot another word of its article fits under the same hint: a
   * word with the same first letter and length, followed there by the same word ("a cornerstone
   * of" here, "the centrepiece of" elsewhere). A student who remembers the article's wording could
   * well write that one.
   */
  private boolean rivalled(String word, String sentence, ArticleFacts a) {
    if (decided(word)) {
      return false;
    }
    Matcher after = Pattern.compile("\\b" + Pattern.quote(word) + "\\s+(\\p{L}+)").matcher(sentence);
    if (!after.find()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    List<String> same = Spellings.of(lower);
    return d.words(a.article()).before(after.group(1)).stream()
        .anyMatch(other -> other.length() == lower.length() && other.startsWith(hint(lower)) && !same.contains(other));
  }

  private static final Pattern SLIP_AFTER = Pattern.compile("[.,;:]\\p{L}");
  private static final Pattern SLIP_BEFORE = Pattern.compile("\\p{Ll}[.,;:]");

  /** Every word fit to blank, best first (proper nouns and longer words first, then by position). */
  static List<String> blankables(String sentence) {
    // words inside parentheses are asides (sources, dates), inside brackets an editor's, not worth testing
    String plain = sentence.replaceAll("\\([^)]*\\)|\\[[^]]*]", " ");
    Matcher m = WORD.matcher(plain);
    List<String> words = new ArrayList<>();
    List<Boolean> inName = new ArrayList<>();
    while (m.find()) {
      words.add(m.group());
      // "the important.role": a typing slip in the source would show beside the blank
      boolean slip = SLIP_AFTER.matcher(plain).region(m.end(), plain.length()).lookingAt()
          || (m.start() >= 2 && SLIP_BEFORE.matcher(plain.substring(m.start() - 2, m.start())).matches());
      inName.add(slip || partOfLongerName(plain, m.start(), m.end()));
    }
    List<String> fit = new ArrayList<>();
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      String lower = w.toLowerCase(Locale.ROOT);
      long count = words.stream().filter(x -> x.equalsIgnoreCase(w)).count();
      if (w.length() < 5 || count > 1 || Vocabulary.STOPWORDS.contains(lower) || Vocabulary.TIME_WORDS.contains(lower) || w.contains("'") || w.contains("\u2019")
          || inName.get(i) || lower.endsWith("ly") || Vocabulary.DEMONYMS.contains(w) || NAME_PAIR.matcher(w).matches()) {
        continue;
      }
      if (!fit.contains(w)) {
        fit.add(w);
      }
    }
    // words the article decides first, then nouns (few synonyms fit a noun's slot), then the rest;
    // within each, names and longer words first
    fit.sort(java.util.Comparator.comparingInt((String w) -> decided(w) ? 0 : NOUN.matcher(w).find() ? 1 : 2)
        .thenComparingInt(w -> -(w.length() + (Character.isUpperCase(w.codePointAt(0)) ? 6 : 0))));
    return fit;
  }
}
