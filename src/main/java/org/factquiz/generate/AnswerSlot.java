package org.factquiz.generate;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a template asks for, and so which fact it reads, which question kinds can ask it and which
 * distractor strategies fit it. The aspect of a fact a question tests is its fact and this slot.
 */
enum AnswerSlot {
  SPEAKER(FactType.STATEMENT, Set.of("same-type-speakers", "none"),
      EnumSet.of(QuestionKind.SINGLE_CHOICE, QuestionKind.SHORT_ANSWER, QuestionKind.TRUE_FALSE)),
  WORD(FactType.STATEMENT, Set.of("none"), EnumSet.of(QuestionKind.CLOZE)),
  STATEMENTS(FactType.STATEMENT, Set.of("other-statements"), EnumSet.of(QuestionKind.MULTIPLE_RESPONSE)),
  NAMED_BODIES(FactType.STATEMENT, Set.of("other-bodies"), EnumSet.of(QuestionKind.MULTIPLE_RESPONSE)),
  QUOTED_PEOPLE(FactType.STATEMENT, Set.of("other-people"), EnumSet.of(QuestionKind.MULTIPLE_RESPONSE)),
  SPEAKER_PAIRS(FactType.STATEMENT, Set.of("same-type-speakers", "none"), EnumSet.of(QuestionKind.MATCHING)),
  ROLE(FactType.ROLE, Set.of("other-roles", "none"),
      EnumSet.of(QuestionKind.SINGLE_CHOICE, QuestionKind.SHORT_ANSWER, QuestionKind.TRUE_FALSE)),
  PERSON(FactType.ROLE, Set.of("other-people", "none"),
      EnumSet.of(QuestionKind.SINGLE_CHOICE, QuestionKind.SHORT_ANSWER, QuestionKind.TRUE_FALSE)),
  ROLE_BODY(FactType.ROLE, Set.of("same-type-bodies"), EnumSet.of(QuestionKind.SINGLE_CHOICE)),
  ROLE_PAIRS(FactType.ROLE, Set.of("other-roles", "none"), EnumSet.of(QuestionKind.MATCHING)),
  DATE(FactType.EVENT, Set.of("near-dates"), EnumSet.of(QuestionKind.SINGLE_CHOICE, QuestionKind.TRUE_FALSE)),
  YEAR(FactType.EVENT, Set.of("none"), EnumSet.of(QuestionKind.NUMERIC)),
  BODIES(FactType.EVENT, Set.of("other-bodies"),
      EnumSet.of(QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_RESPONSE, QuestionKind.TRUE_FALSE)),
  DATE_PAIRS(FactType.EVENT, Set.of("near-dates"), EnumSet.of(QuestionKind.MATCHING)),
  ORDER(FactType.EVENT, Set.of("none"), EnumSet.of(QuestionKind.ORDERING)),
  ORDER_ACROSS(FactType.EVENT, Set.of("none"), EnumSet.of(QuestionKind.ORDERING)),
  BLANK(FactType.EVENT, Set.of("none"), EnumSet.of(QuestionKind.CLOZE));

  private final FactType fact;
  private final Set<String> strategies;
  private final Set<QuestionKind> kinds;

  AnswerSlot(FactType fact, Set<String> strategies, Set<QuestionKind> kinds) {
    this.fact = fact;
    this.strategies = strategies;
    this.kinds = kinds;
  }

  FactType fact() {
    return fact;
  }

  Set<String> strategies() {
    return strategies;
  }

  Set<QuestionKind> kinds() {
    return kinds;
  }

  /** True for slots whose questions test several facts at once (of one article, or of neighbours for ORDER_ACROSS). */
  boolean grouped() {
    return this == STATEMENTS || this == QUOTED_PEOPLE || this == NAMED_BODIES || this == SPEAKER_PAIRS || this == ROLE_PAIRS || this == DATE_PAIRS || this == ORDER
        || this == ORDER_ACROSS;
  }

  /** The aspect of the fact this slot tests: a year question tests the date, like a date question. */
  AnswerSlot aspect() {
    return this == YEAR ? DATE : this;
  }

  String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static AnswerSlot fromWireName(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
