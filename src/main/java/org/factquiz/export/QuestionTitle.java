package org.factquiz.export;

import org.factquiz.generate.Question;

/** The short title LMSs show in their question banks: the stem on one line, cut at 80 characters. */
final class QuestionTitle {
  private QuestionTitle() {}

  static String of(Question q) {
    String stem = Whitespace.oneLine(q.stem());
    return stem.length() <= 80 ? stem : stem.substring(0, 77).strip() + "...";
  }
}
