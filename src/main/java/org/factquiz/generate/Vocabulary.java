package org.factquiz.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The general word lists the generator uses (pronouns, speech verbs, time words, stopwords, auxiliaries, determiners), read from resources. */
final class Vocabulary {
  static final Set<String> PRONOUNS = read("pronouns.txt").keySet();
  static final Map<String, String> SPEECH_VERBS = read("speech-verbs.txt");
  static final Set<String> TIME_WORDS = read("time-words.txt").keySet();
  static final Set<String> STOPWORDS = read("stopwords.txt").keySet();
  static final Set<String> AUXILIARIES = read("auxiliaries.txt").keySet();
  static final Set<String> DETERMINERS = read("determiners.txt").keySet();
  /** Adjectives of countries (the extractor's country list) and of regions: "Russian", "European". */
  static final Set<String> DEMONYMS = demonyms();
  /** Plain verbs and phrases of saying, as a whole-word pattern. */
  static final java.util.regex.Pattern SAYING = words("saying-verbs.txt", 0);
  /** Verbs by which a body states something in its own name, as a whole-word pattern. */
  static final java.util.regex.Pattern STATING = words("stating-verbs.txt", 0);
  /** Nouns of roles that write the article ("correspondent"), as a whole-word pattern ignoring case. */
  static final java.util.regex.Pattern JOURNALISTS = words("journalist-nouns.txt", java.util.regex.Pattern.CASE_INSENSITIVE);
  /** Ranks and honorifics that alone make a role ("Marshal", "General"), from the extractor's list. */
  static final Set<String> RANKS = read("/extract/rank-titles.txt").keySet();
  /** Nouns of what a body issues ("statement", "communiqué"), from the extractor's list, as a whole-word pattern ignoring case. */
  static final java.util.regex.Pattern ISSUED = words("/extract/statement-nouns.txt", java.util.regex.Pattern.CASE_INSENSITIVE);
  /** Last words of documents' names ("Act", "Treaty"), from the extractor's list. */
  static final Set<String> DOCUMENT_HEADS = read("/extract/document-heads.txt").keySet();

  private Vocabulary() {}

  /** A pattern matching any word or phrase of the list as whole words. */
  private static java.util.regex.Pattern words(String name, int flags) {
    String alternatives = read(name).keySet().stream().sorted((a, b) -> b.length() - a.length())
        .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|"));
    return java.util.regex.Pattern.compile("\\b(?:" + alternatives + ")\\b", flags);
  }

  private static Set<String> demonyms() {
    Set<String> out = new java.util.HashSet<>(read("region-adjectives.txt").keySet());
    for (String line : read("/extract/countries.txt").keySet()) {
      String[] parts = line.split("\\|");
      if (parts.length > 1 && !parts[1].isBlank()) {
        out.add(parts[1].strip());
      }
    }
    return Set.copyOf(out);
  }

  private static Map<String, String> read(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          int eq = line.indexOf('=');
          out.put(eq < 0 ? line : line.substring(0, eq), eq < 0 ? line : line.substring(eq + 1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(out);
  }
}
