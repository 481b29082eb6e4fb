package org.factquiz.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The English time vocabulary (months, weekdays, seasons, quantities, vague phrases) read from lexicon files. */
final class TemporalLexicon {
  /** A season word, the label written in ISO values, and its first month. */
  record Season(String label, int firstMonth) {}

  /** What a quantity word means, e.g. "a few" is two to four. */
  record Quantity(int least, int most) {}

  private static final TemporalLexicon ENGLISH = load();

  final Map<String, Integer> months = new LinkedHashMap<>();
  final Set<String> ambiguousMonths = new LinkedHashSet<>();
  final Map<String, DayOfWeek> weekdays = new LinkedHashMap<>();
  final Map<String, Season> seasons = new LinkedHashMap<>();
  final Map<String, Quantity> quantities = new LinkedHashMap<>();
  final Map<String, Integer> storyOffsets = new LinkedHashMap<>();
  final Map<String, Integer> dayWords = new LinkedHashMap<>();
  final List<String> futureMarkers = new ArrayList<>();
  final List<String> vaguePhrases = new ArrayList<>();
  final Set<String> yearContext = new LinkedHashSet<>();
  final Set<String> irregularPastVerbs = new LinkedHashSet<>();
  final Set<String> speechVerbs = new LinkedHashSet<>();
  final Set<String> verbForms = new LinkedHashSet<>();
  final List<String> captionMarkers = new ArrayList<>();
  final Set<String> encounterNouns = new LinkedHashSet<>();
  final Set<String> encounterVerbs = new LinkedHashSet<>();

  private TemporalLexicon() {}

  static TemporalLexicon english() {
    return ENGLISH;
  }

  private static TemporalLexicon load() {
    TemporalLexicon lexicon = new TemporalLexicon();
    for (String line : lines("time-months.txt")) {
      String[] parts = line.split("\\s+");
      for (int i = 1; i < parts.length; i++) {
        String form = parts[i];
        if (form.endsWith("*")) {
          form = form.substring(0, form.length() - 1);
          lexicon.ambiguousMonths.add(form);
        }
        lexicon.months.put(form, Integer.parseInt(parts[0]));
      }
    }
    for (String line : lines("time-weekdays.txt")) {
      String[] parts = line.split("\\s+");
      for (int i = 1; i < parts.length; i++) {
        lexicon.weekdays.put(parts[i], DayOfWeek.of(Integer.parseInt(parts[0])));
      }
    }
    for (String line : lines("time-seasons.txt")) {
      String[] parts = line.split("\\s+");
      lexicon.seasons.put(parts[0], new Season(parts[1], Integer.parseInt(parts[2])));
    }
    for (String line : lines("time-quantities.txt")) {
      String[] parts = line.split("\t");
      lexicon.quantities.put(parts[0], new Quantity(Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
    }
    for (String line : lines("time-story.txt")) {
      String[] parts = line.split("\t");
      lexicon.storyOffsets.put(parts[0], Integer.parseInt(parts[1]));
    }
    for (String line : lines("time-day-words.txt")) {
      String[] parts = line.split("\t");
      lexicon.dayWords.put(parts[0], Integer.parseInt(parts[1]));
    }
    lexicon.futureMarkers.addAll(lines("time-future-markers.txt"));
    lexicon.vaguePhrases.addAll(lines("time-vague.txt"));
    lexicon.yearContext.addAll(lines("time-year-context.txt"));
    lexicon.irregularPastVerbs.addAll(lines("event-past-verbs.txt"));
    lexicon.speechVerbs.addAll(lines("event-speech-verbs.txt"));
    lexicon.verbForms.addAll(lines("event-verb-forms.txt"));
    lexicon.captionMarkers.addAll(lines("event-caption-markers.txt"));
    for (String line : lines("event-encounters.txt")) {
      List<String> words = List.of(line.split("\\s+"));
      (words.get(0).equals("nouns") ? lexicon.encounterNouns : lexicon.encounterVerbs).addAll(words.subList(1, words.size()));
    }
    lexicon.verbForms.addAll(lexicon.irregularPastVerbs);
    lexicon.verbForms.addAll(lexicon.speechVerbs);
    return lexicon;
  }

  /** A regex alternation of the given words, longest first so that "Sept." wins over "Sep.". */
  static String alternation(Collection<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  int month(String form) {
    Integer number = months.get(form);
    if (number == null) {
      throw new IllegalArgumentException("not a month: " + form);
    }
    return number;
  }

  Quantity quantity(String words) {
    String key = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (key.chars().allMatch(Character::isDigit)) {
      int n = Integer.parseInt(key);
      return new Quantity(n, n);
    }
    return quantities.get(key);
  }

  static List<String> lines(String name) {
    String path = "/lexicon/" + name;
    try (InputStream in = TemporalLexicon.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + path, e);
    }
  }
}
