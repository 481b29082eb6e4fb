package org.factquiz.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a dated happening from a state, a prospect or a description that cannot stand alone: by
 * the words that govern the date ("could ... this year", "by May", a date after the dateline), by
 * the first verb of the description ("remained", "is clear"), and by how the description opens
 * and ends. Thread-safe.
 */
final class EventClassifier {
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "am", "be", "been");
  private static final Set<String> PRESENT_PERFECT = Set.of("has", "have");
  private static final Set<String> BACK_REFERENCES = Set.of("he", "she", "it", "they", "we", "i", "you", "this", "these",
      "those", "that", "such", "their", "its", "his", "her", "our", "all", "both", "others", "having");
  private static final Set<String> DANGLING_ENDS = Set.of("in", "on", "for", "since", "until", "by", "at", "of", "the",
      "and", "or", "to", "that", "a", "an", "with", "from", "sometime", "which");
  private static final Pattern SPAN_BEFORE_DATE = Pattern.compile(
      "(?i)(?<word>[\\p{L}]+)\\s+(?:the\\s+)?(?:(?:beginning|start|end|middle|close)\\s+of\\s+)?$");
  private static final Pattern ATTRIBUTIVE_BEFORE = Pattern.compile("(?i)(?:\\b(?:the|its|their|this|that)|['’]s)\\s*$");
  private static final Pattern WORD_AFTER = Pattern.compile("\\s+\\p{L}");
  private static final Pattern NAME_AFTER_START = Pattern.compile("\\s[\"“]?\\p{Lu}");
  private static final int PROSPECT_REACH = 4;
  private static final int MIN_NOUN_PHRASE_CONTENT = 3;
  static final int MAX_WORDS = 30;

  private final EventVocabulary vocabulary = EventVocabulary.english();
  private final VerbSpotter verbs = new VerbSpotter(TemporalLexicon.english());

  /**
   * The kind of the event {@code mention} dates in {@code sentence} (null for a date from context),
   * described by {@code what}; {@code nounPhrase} when the description names the happening as a noun.
   */
  EventKind classify(String what, boolean nounPhrase, String sentence, TemporalMention mention, LocalDate dateline) {
    if (mention != null) {
      EventKind governed = governedKind(sentence, mention, dateline);
      if (governed != null) {
        return governed;
      }
    }
    if (!nounPhrase) {
      EventKind byVerb = kindOfFirstVerb(what);
      if (byVerb != EventKind.HAPPENING) {
        return byVerb;
      }
    } else if (contentWords(what) < MIN_NOUN_PHRASE_CONTENT) {
      // "the talks with Ann" could be any talks: a noun phrase needs a head and two more words that pin it down
      return EventKind.UNCLEAR;
    }
    return standsAlone(what) ? EventKind.HAPPENING : EventKind.UNCLEAR;
  }

  /** A prospect or state told by the words right around the date, or null when they tell nothing. */
  private EventKind governedKind(String sentence, TemporalMention mention, LocalDate dateline) {
    if (dateline != null && mention.value().resolved() && IsoTime.startsAfter(mention.value(), dateline)) {
      return EventKind.PROSPECT;
    }
    String before = sentence.substring(0, mention.start());
    var m = SPAN_BEFORE_DATE.matcher(before);
    if (m.find() && vocabulary.boundWords.contains(m.group("word").toLowerCase(Locale.ROOT))) {
      return EventKind.STATE;
    }
    List<VerbSpotter.Word> words = verbs.words(before);
    for (int i = words.size() - 1; i >= 0 && words.size() - i <= PROSPECT_REACH; i--) {
      String w = words.get(i).text();
      if (!Character.isLetter(w.charAt(0))) {
        break;
      }
      if (vocabulary.prospectWords.contains(w)) {
        return EventKind.PROSPECT;
      }
    }
    boolean bareYear = mention.value().granularity() == Granularity.YEAR && mention.text().matches("\\d{4}");
    if (bareYear && ATTRIBUTIVE_BEFORE.matcher(sentence.substring(Math.max(0, mention.start() - 12), mention.start())).find()
        && WORD_AFTER.matcher(sentence).region(mention.end(), sentence.length()).lookingAt()) {
      return EventKind.STATE;
    }
    return null;
  }

  private static int contentWords(String phrase) {
    int n = 0;
    for (String w : phrase.split("[\\s'’]+")) {
      String bare = w.replaceAll("\\p{P}+", "");
      if (!bare.isEmpty() && !Vocabulary.get().functionWords.contains(HappeningPhrases.capitalised(bare))
          && !bare.equals("s")) {
        n++;
      }
    }
    return n;
  }

  /** What the first verb of a clause says: a modal or plan, a state or copula, else a happening. */
  EventKind kindOfFirstVerb(String what) {
    List<VerbSpotter.Word> words = verbs.words(what);
    for (int i = 0; i < words.size(); i++) {
      VerbSpotter.Word word = words.get(i);
      if (!word.isVerb()) {
        continue;
      }
      String w = word.text().toLowerCase(Locale.ROOT);
      if (vocabulary.prospectWords.contains(w)) {
        return EventKind.PROSPECT;
      }
      if (vocabulary.stateVerbs.contains(w) || PRESENT_PERFECT.contains(w)) {
        return EventKind.STATE;
      }
      if (BE.contains(w)) {
        VerbSpotter.Word next = nextContentWord(words, i + 1);
        boolean passiveOrProgressive = next != null && !BE.contains(next.text())
            && (next.text().matches("\\p{Ll}+(?:ed|ing)") || next.isVerb() && next.text().matches("\\p{Ll}+(?:en|wn|t)"));
        return passiveOrProgressive ? EventKind.HAPPENING : EventKind.STATE;
      }
      return w.matches("\\p{Ll}+[^s]s") && !w.endsWith("ss") ? EventKind.STATE : EventKind.HAPPENING;
    }
    return EventKind.UNCLEAR;
  }

  private static VerbSpotter.Word nextContentWord(List<VerbSpotter.Word> words, int from) {
    for (int i = from; i < words.size(); i++) {
      String w = words.get(i).text();
      if (!w.endsWith("ly") && !w.equals("not")) {
        return words.get(i);
      }
    }
    return null;
  }

  /** "Frozen by ...", "Speaking to ...": a participle opening, not a name ("United Nations"). */
  private static boolean opensWithParticiple(String text) {
    return text.matches("[\"“]?\\p{Lu}\\p{Ll}+(?:ed|en|wn|ing)\\s+(?:\\p{Ll}|\\d).*");
  }

  /** A description that opens with a named subject or a determiner, is whole, and refers back to nothing. */
  static boolean standsAlone(String what) {
    String text = what.strip();
    if (text.isEmpty() || text.contains("…") || EventPhraser.wordCount(text) < 4 || EventPhraser.wordCount(text) >= MAX_WORDS) {
      return false;
    }
    String opening = text.replaceFirst("^[\"“]", "");
    if (opening.isEmpty() || !Character.isUpperCase(opening.charAt(0))) {
      return false;
    }
    String[] words = text.toLowerCase(Locale.ROOT).replaceAll("[\"“”]", "").split("\\s+");
    String first = words[0].replaceAll("\\p{P}+$", "");
    String last = words[words.length - 1].replaceAll("\\p{P}+$", "");
    if (BACK_REFERENCES.contains(first) || EventVocabulary.english().subordinators.contains(first)
        || opensWithParticiple(text) || DANGLING_ENDS.contains(last)) {
      return false;
    }
    for (String w : words) {
      if (w.equals("these") || w.equals("those")) {
        return false;
      }
    }
    // "the resumption of talks" could be any talks: a description names someone, something or somewhere
    String firstWord = text.replaceFirst("^[\"“]", "").split("[\\s'’]+")[0];
    return NAME_AFTER_START.matcher(text).find() || !Vocabulary.get().functionWords.contains(firstWord);
  }
}
