package org.factquiz.generate;

import java.util.Locale;

/** The eight question kinds. Wire names are lower-case with underscores, e.g. "single_choice". */
public enum QuestionKind {
  SINGLE_CHOICE,
  MULTIPLE_RESPONSE,
  TRUE_FALSE,
  CLOZE,
  SHORT_ANSWER,
  MATCHING,
  ORDERING,
  NUMERIC;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static QuestionKind fromWireName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
