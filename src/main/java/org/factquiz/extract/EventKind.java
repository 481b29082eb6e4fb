package org.factquiz.extract;

import java.util.Locale;

/** What sort of dated thing an event is, so that only real happenings are asked "when did this happen". */
public enum EventKind {
  /** Something that took place at the date, described so that it stands alone. */
  HAPPENING,
  /** A condition, assessment or label the date qualifies ("relations have improved since May"). */
  STATE,
  /** Something expected, scheduled or hypothetical at the date ("the talks could end this year"). */
  PROSPECT,
  /** A happening whose description could not be made to stand alone (a fragment, a pronoun, a label). */
  UNCLEAR;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind a wire name names; absent or unknown names (gold files have none) read as a happening. */
  public static EventKind fromWireName(String name) {
    for (EventKind kind : values()) {
      if (kind.wireName().equals(name)) {
        return kind;
      }
    }
    return HAPPENING;
  }
}
