package org.factquiz.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factquiz.content.Lexicon;

/**
 * The general vocabulary the extractor reasons with, loaded once from resource files: speech
 * verbs, role words, ranks, body head nouns, known international bodies, countries and places.
 */
final class Vocabulary {
  private static final Vocabulary INSTANCE = new Vocabulary();

  final Map<String, SpeechVerb> speechVerbs = new HashMap<>();
  final Set<String> speakerNouns = Lexicon.load("extract/speaker-nouns.txt").asSet();
  final Set<String> speechAdverbs = Lexicon.load("extract/speech-adverbs.txt").asSet();
  final Set<String> roleHeads = lower(Lexicon.load("extract/role-heads.txt").entries());
  final Set<String> roleModifiers = lower(Lexicon.load("extract/role-modifiers.txt").entries());
  final Set<String> ranks = Lexicon.load("extract/rank-titles.txt").asSet();
  final Set<String> honorifics = Lexicon.load("extract/honorifics.txt").asSet();
  final Map<String, BodyKind> bodyHeads = new HashMap<>();
  final Map<String, BodyKind> lowerBodyHeads = new HashMap<>();
  final Map<String, KnownBody> knownBodies = new HashMap<>();
  final Map<String, String> countryOf = new HashMap<>(); // any country name, adjective or capital -> country
  final Set<String> adjectives = new HashSet<>();
  final Set<String> places = Lexicon.load("extract/places.txt").asSet();
  final Set<String> documentHeads = Lexicon.load("extract/document-heads.txt").asSet();
  final Set<String> statementNouns = Lexicon.load("extract/statement-nouns.txt").asSet();
  final Set<String> attributionParticiples = Lexicon.load("extract/attribution-participles.txt").asSet();
  final Set<String> givenNames = Lexicon.load("extract/given-names.txt").asSet();
  final Set<String> functionWords = Lexicon.load("extract/function-words.txt").asSet();

  /** How a speech verb reports: a clause ("said that"), an act ("denied X"), only a quotation, or only a "that" clause. */
  enum SpeechVerb {
    SAY,
    ACT,
    CITE,
    THAT
  }

  /** A body the vocabulary knows by name or acronym. */
  record KnownBody(String name, BodyKind kind, String fullName) {}

  private Vocabulary() {
    Lexicon.load("extract/speech-verbs.txt").asMap().forEach((k, v) -> speechVerbs.put(k, SpeechVerb.valueOf(v.toUpperCase(Locale.ROOT))));
    Lexicon.load("extract/body-heads.txt").asMap().forEach((k, v) -> bodyHeads.put(k, BodyKind.fromWireName(v)));
    Lexicon.load("extract/body-heads-lower.txt").asMap().forEach((k, v) -> lowerBodyHeads.put(k, BodyKind.fromWireName(v)));
    for (String line : Lexicon.load("extract/known-bodies.txt").entries()) {
      String[] f = line.split("\\|");
      KnownBody body = new KnownBody(f[0].strip(), BodyKind.fromWireName(f[1].strip()), f.length > 2 ? f[2].strip() : null);
      knownBodies.put(body.name(), body);
      if (body.fullName() != null) {
        knownBodies.putIfAbsent(body.fullName(), body);
      }
    }
    for (String line : Lexicon.load("extract/countries.txt").entries()) {
      String[] f = line.split("\\|");
      String country = f[0].strip();
      for (String name : f) {
        countryOf.putIfAbsent(name.strip(), country);
      }
      adjectives.add(f[1].strip());
    }
  }

  static Vocabulary get() {
    return INSTANCE;
  }

  boolean isCountryWord(String word) {
    return countryOf.containsKey(word);
  }

  boolean isRoleWord(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return roleHeads.contains(w) || roleModifiers.contains(w);
  }

  boolean isRoleHead(String word) {
    return roleHeads.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The kind a head noun gives a body name, or null when the word is no head noun. */
  BodyKind headKind(String word) {
    return bodyHeads.get(word);
  }

  private static Set<String> lower(List<String> words) {
    Set<String> out = new HashSet<>();
    words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    return out;
  }
}
