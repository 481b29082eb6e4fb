package org.factquiz.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form of temporal expression: a pattern (whose group {@code t}, when present, is the
 * expression's span) and how a match turns into a value.
 */
record TemporalRule(Pattern pattern, TimeReference reference, Resolver resolver) {
  /** Turns a match into a value; null rejects the match (e.g. a number that is not a year). */
  @FunctionalInterface
  interface Resolver {
    /** {@code calendar} is null when the article has no dateline. */
    TimeValue resolve(Matcher match, String sentence, DatelineCalendar calendar);
  }

  static TemporalRule of(String regex, TimeReference reference, Resolver resolver) {
    return new TemporalRule(Pattern.compile(regex), reference, resolver);
  }

  int start(Matcher match) {
    return hasSpanGroup() ? match.start("t") : match.start();
  }

  int end(Matcher match) {
    return hasSpanGroup() ? match.end("t") : match.end();
  }

  private boolean hasSpanGroup() {
    return pattern.pattern().contains("(?<t>");
  }
}
