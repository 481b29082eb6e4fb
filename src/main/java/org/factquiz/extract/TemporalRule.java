package org.factquiz.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form of temporal expression: a pattern (whose group {@code t}, when present, is the
 * expression's span) and how a match turns into a value.
 */
record TemporalRule(Pattern pattern, boolean spanGroup, TimeReference reference, int needs, Resolver resolver) {
  /** Turns a match into a value; null rejects the match (e.g. a number that is not a year). */
  @FunctionalInterface
  interface Resolver {
    /** {@code calendar} is null when the article has no dateline. */
    TimeValue resolve(Matcher match, String sentence, DatelineCalendar calendar);
  }

  /** {@code needs}: the {@link TimeCues} a sentence must all have for the rule to be tried. */
  static TemporalRule of(String regex, TimeReference reference, int needs, Resolver resolver) {
    return new TemporalRule(Pattern.compile(regex), regex.contains("(?<t>"), reference, needs, resolver);
  }

  boolean worthTrying(int cues) {
    return (cues & needs) == needs;
  }

  int start(Matcher match) {
    return spanGroup ? match.start("t") : match.start();
  }

  int end(Matcher match) {
    return spanGroup ? match.end("t") : match.end();
  }
}
