package org.factquiz.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remembers happenings an article names as a noun phrase with a date ("the army's shelling of
 * the port last spring"), so that a later "since the shelling of the port" can be dated
 * from that mention. One instance per article; not shared between threads.
 */
final class DatedNounPhrases {
  private static final String HAPPENING = "(?<head>[a-z][a-z-]+)\\s+of\\s+(?<object>\\p{Lu}[\\w-]*(?:\\s+\\p{Lu}[\\w-]*)*)";
  /** The noun phrase right before a date: "'s shelling of the port", "the election of Mr X". */
  private static final Pattern DATED = Pattern.compile(
      "(?:(?i:\\bthe|\\bits|\\btheir|\\bhis|\\bher)|['’]s)\\s+(?:[\\w-]+\\s+){0,2}?" + HAPPENING + "\\s*,?\\s*$");
  /** A later reference that takes its time from the happening: "since the shelling of the pora". */
  private static final Pattern REFERENCE = Pattern.compile(
      "(?<![\\w-])(?i:since|after|following|during)\\s+(?:(?i:the)\\s+)?(?:[\\w-]+\\s+){0,3}?" + HAPPENING);

  /** How far before a date its noun phrase may start; keeps the look-behind cheap on long sentences. */
  private static final int LOOK_BACK = 160;

  private final Map<String, TimeValue> dated = new HashMap<>();

  /** Records the happening named just before a date mention that starts at {@code mentionStart}. */
  void remember(String sentence, int mentionStart, TimeValue value) {
    Matcher m = DATED.matcher(sentence.substring(Math.max(0, mentionStart - LOOK_BACK), mentionStart));
    if (m.find()) {
      dated.putIfAbsent(key(m), value);
    }
  }

  /** A remembered happening referred to again: its noun phrase as written here, and its date. */
  record Reference(String phrase, TimeValue when) {}

  /** The remembered happening this sentence dates something from ("since the shelling of the port"), if any. */
  Optional<Reference> referencedIn(String sentence) {
    if (dated.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = REFERENCE.matcher(sentence);
    while (m.find()) {
      TimeValue value = dated.get(key(m));
      if (value != null) {
        String phrase = m.group().replaceFirst("^\\S+\\s+", "");
        return Optional.of(new Reference(phrase, value));
      }
    }
    return Optional.empty();
  }

  private static String key(Matcher m) {
    return m.group("head").toLowerCase(Locale.ROOT) + " of " + m.group("object");
  }
}
