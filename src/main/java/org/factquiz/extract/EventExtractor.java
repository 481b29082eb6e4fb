package org.factquiz.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.content.Article;
import org.factquiz.content.Dateline;
import org.factquiz.content.Paragraph;
import org.factquiz.content.Sentence;

/**
 * Finds dated happenings: one event per distinct date a sentence ties to an action, with a short
 * description, the people and bodies the sentence names, and the sentence as evidence. Dates in
 * quotations and vague ones ("recently") date nothing; "the same day" takes the story's last day;
 * "since the bombing of X" takes the date given to that bombing earlier; a pronoun-led action
 * right after a dated sentence ("He and X agreed ...") takes that sentence's date. Thread-safe.
 */
public final class EventExtractor {
  private static final Pattern PRONOUN_ACTION = Pattern.compile(
      "^(?:He|She|They)(?:\\s+and(?:\\s+\\p{Lu}[\\w.-]*){1,5}?)?\\s+(?:[a-z]+ly\\s+)?(?<verb>[a-z]+)\\b");
  private static final Pattern ATTRIBUTIVE_BEFORE = Pattern.compile("(?i)(?:\\b(?:the|its|their|this|that)|['’]s)\\s*$");
  private static final Pattern PRONOUN_SUBJECT = Pattern.compile("^(?:He|She)\\b");
  private static final Pattern FINISHED = Pattern.compile("[.!?][\"”’')]*\\s*$");
  private static final int MIN_CLAUSE_WORDS = 6;
  /** "Updated 6 November 2017": fewer words than this beside the dates make a label, not a clause. */
  private static final int MIN_LABEL_WORDS = 2;
  private static final Pattern WORD_AFTER = Pattern.compile("\\s+\\p{L}");

  private final TemporalExpressionFinder finder;
  private final VerbSpotter verbs = new VerbSpotter(TemporalLexicon.english());
  private final EventPhraser phraser = new EventPhraser();
  private final EventClassifier classifier = new EventClassifier();
  private final TemporalLexicon lexicon = TemporalLexicon.english();

  public EventExtractor() {
    this(new TemporalExpressionFinder());
  }

  public EventExtractor(TemporalExpressionFinder finder) {
    this.finder = finder;
  }

  public List<DatedEvent> extract(Article article, List<Person> people, List<Body> bodies) {
    Reading reading = new Reading(article, new ParticipantFinder(people, bodies));
    for (Paragraph paragraph : article.paragraphs()) {
      if (isCaption(paragraph.text())) {
        continue;
      }
      QuotedRegions quoted = QuotedRegions.of(paragraph.text());
      Map<String, TimeValue> previous = Map.of();
      for (Sentence sentence : paragraph.sentences()) {
        previous = reading.read(paragraph, quoted, sentence, previous);
      }
    }
    return reading.events;
  }

  /** The state of one pass over one article: its anchor, the story's last day, what was dated. */
  private final class Reading {
    private final Article article;
    private final Dateline dateline;
    private final LocalDate anchor;
    private final ParticipantFinder participants;
    private final DatedNounPhrases happenings = new DatedNounPhrases();
    private final DatedEncounters encounters = new DatedEncounters(lexicon);
    private final List<DatedEvent> events = new ArrayList<>();
    private TimeValue storyDay;
    private String previousPerson;

    Reading(Article article, ParticipantFinder participants) {
      this.article = article;
      this.dateline = article.dateline();
      this.anchor = dateline == null ? null : dateline.date();
      this.participants = participants;
    }

    /** Adds the sentence's events; returns the dates it gave, keyed by value. */
    Map<String, TimeValue> read(Paragraph paragraph, QuotedRegions quoted, Sentence sentence,
        Map<String, TimeValue> previous) {
      Map<String, TemporalMention> dated = datedMentions(paragraph, quoted, sentence);
      Evidence evidence = new Evidence(article.id(), paragraph.index(), sentence.start(), sentence.end(), sentence.text());
      Map<String, TimeValue> here = new LinkedHashMap<>();
      String text = sentence.text();
      IntFunction<String> personBefore = at -> participants.personBefore(text, at);
      String before = previousPerson;
      previousPerson = participants.firstPerson(text);
      if (!dated.isEmpty()) {
        List<VerbSpotter.Word> tokens = verbs.words(text);
        if (isClause(text, tokens, dated)) {
          for (TemporalMention mention : dated.values()) {
            EventPhraser.Phrase phrase = phraser.phrase(text, mention, List.copyOf(dated.values()), tokens, personBefore);
            add(phrase.what(), classifier.classify(phrase.what(), phrase.nounPhrase(), text, mention, anchor),
                mention.value(), sentence, evidence);
            happenings.remember(text, mention.start(), mention.value());
            here.put(key(mention.value()), mention.value());
          }
          encounters.remember(tokens, List.copyOf(dated.values()), participants.people(text));
        }
        return here;
      }
      List<VerbSpotter.Word> words = verbs.words(text);
      Optional<DatedNounPhrases.Reference> reference = happenings.referencedIn(text);
      if (reference.isPresent()) {
        String what = HappeningPhrases.capitalised(reference.get().phrase());
        add(what, classifier.classify(what, true, text, null, anchor), reference.get().when(), sentence, evidence);
      } else if (previous.size() == 1 && continuesAction(text)) {
        String what = phraser.describe(text, null, List.of(), words);
        if (before != null) {
          what = PRONOUN_SUBJECT.matcher(what).replaceFirst(Matcher.quoteReplacement(before));
        }
        add(what, classifier.classify(what, false, text, null, anchor), previous.values().iterator().next(), sentence,
            evidence);
      } else {
        Optional<TimeValue> told = encounters.toldIn(words, participants.people(text));
        if (told.isPresent()) {
          String what = phraser.phraseInherited(text, words, personBefore).what();
          add(what, classifier.classify(what, false, text, null, anchor), told.get(), sentence, evidence);
        }
      }
      return here;
    }

    private Map<String, TemporalMention> datedMentions(Paragraph paragraph, QuotedRegions quoted, Sentence sentence) {
      Map<String, TemporalMention> dated = new LinkedHashMap<>();
      for (TemporalMention mention : finder.find(sentence.text(), anchor)) {
        int at = sentence.start() + mention.start();
        if (inDateline(dateline, at) || quoted.contains(at - paragraph.start())
            || mention.reference() == TimeReference.VAGUE) {
          continue;
        }
        TemporalMention resolved = mention.reference() == TimeReference.STORY
            ? withValue(mention, finder.resolveInStory(mention, storyDay)) : mention;
        dated.putIfAbsent(key(resolved.value()), resolved);
        if (resolved.value().resolved() && resolved.value().granularity() == Granularity.DAY) {
          storyDay = resolved.value();
        }
      }
      dropAttributiveYears(sentence.text(), dated);
      dropRelativeDatesAStatedDayNarrows(dated);
      return dated;
    }

    private void add(String what, EventKind kind, TimeValue when, Sentence sentence, Evidence evidence) {
      events.add(new DatedEvent(what, when, participants.people(sentence.text()), participants.bodies(sentence.text()),
          evidence, kind));
    }
  }

  /** A photo caption or credit ("FILE PHOTO: ...", "REUTERS/..."): it dates the photo, not an event. */
  private boolean isCaption(String paragraph) {
    return lexicon.captionMarkers.stream().anyMatch(paragraph::contains);
  }

  /** A sentence with a verb, or a finished sentence of some length: not a caption or a heading. */
  private static boolean isClause(String sentence, List<VerbSpotter.Word> words, Map<String, TemporalMention> dated) {
    long wordsBesideDates = words.stream()
        .filter(w -> Character.isLetter(w.text().charAt(0)))
        .filter(w -> dated.values().stream().noneMatch(m -> w.start() >= m.start() && w.end() <= m.end()))
        .count();
    if (wordsBesideDates < MIN_LABEL_WORDS) {
      return false;
    }
    if (words.stream().anyMatch(VerbSpotter.Word::isVerb)) {
      return true;
    }
    return words.size() >= MIN_CLAUSE_WORDS && FINISHED.matcher(sentence).find();
  }

  /** "He and the minister agreed ...": a new action (not a statement) by someone just mentioned. */
  private boolean continuesAction(String sentence) {
    Matcher m = PRONOUN_ACTION.matcher(sentence);
    if (!m.find()) {
      return false;
    }
    String verb = m.group("verb").toLowerCase(Locale.ROOT);
    boolean past = verb.endsWith("ed") || lexicon.irregularPastVerbs.contains(verb);
    return past && !lexicon.speechVerbs.contains(verb);
  }

  /** "The 2001 work programme ..." names a year as a label; it dates an event only when nothing else does. */
  private static void dropAttributiveYears(String sentence, Map<String, TemporalMention> dated) {
    if (dated.size() < 2) {
      return;
    }
    dated.values().removeIf(m -> dated.size() > 1 && m.value().granularity() == Granularity.YEAR
        && m.reference() == TimeReference.CALENDAR
        && ATTRIBUTIVE_BEFORE.matcher(sentence.substring(Math.max(0, m.start() - 12), m.start())).find()
        && WORD_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt());
  }

  /** "Last week ... (May 12)": a stated day inside a relative week or month is the one date. */
  private static void dropRelativeDatesAStatedDayNarrows(Map<String, TemporalMention> dated) {
    List<TimeValue> days = dated.values().stream().filter(m -> m.reference() == TimeReference.CALENDAR)
        .map(TemporalMention::value).toList();
    dated.values().removeIf(m -> m.reference() == TimeReference.DATELINE
        && days.stream().anyMatch(day -> IsoTime.covers(m.value(), day)));
  }

  private static boolean inDateline(Dateline dateline, int offset) {
    return dateline != null && offset >= dateline.start() && offset < dateline.end();
  }

  private static TemporalMention withValue(TemporalMention mention, TimeValue value) {
    return new TemporalMention(mention.start(), mention.end(), mention.text(), value, mention.reference());
  }

  private static String key(TimeValue value) {
    return value.resolved() ? value.iso() : "unresolved";
  }
}
