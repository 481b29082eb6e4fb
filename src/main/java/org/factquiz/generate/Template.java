package org.factquiz.generate;

import java.util.List;

/**
 * A question template read from a file in {@code question-templates/}: what kind of question it
 * makes, from which fact, which slot is the answer, how distractors are picked, its difficulty,
 * the stem wordings (variants) with slots such as {@code {speaker}}, and feedback citing the source.
 * {@code direct} narrows statement templates to direct quotes (true) or reported speech (false).
 */
record Template(
    String id,
    QuestionKind kind,
    FactType fact,
    Boolean direct,
    AnswerSlot answer,
    String distractors,
    int options,
    int difficulty,
    List<String> variants,
    String feedback,
    String file) {
  Template {
    variants = List.copyOf(variants);
  }
}
