package org.factquiz.export;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cloze stem split at its blank: the one run of three or more underscores ("____"). A stem with
 * no blank or with several is not a cloze any format can hold, so it has no split.
 */
record ClozeStem(String before, String after) {
  private static final Pattern BLANK = Pattern.compile("_{3,}");

  static Optional<ClozeStem> of(String stem) {
    if (stem == null) {
      return Optional.empty();
    }
    Matcher m = BLANK.matcher(stem);
    if (!m.find()) {
      return Optional.empty();
    }
    int start = m.start();
    int end = m.end();
    if (m.find()) {
      return Optional.empty();
    }
    return Optional.of(new ClozeStem(stem.substring(0, start), stem.substring(end)));
  }

  /** The stem with the blank replaced by {@code marker}. */
  String with(String marker) {
    return before + marker + after;
  }
}
