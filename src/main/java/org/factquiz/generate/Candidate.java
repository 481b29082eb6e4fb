package org.factquiz.generate;

import java.util.List;

/**
 * A generated question before validation, with what the validator needs: the aspect of the fact it
 * tests, the key forms and cues for leak detection, the claims its evidence must support, and the
 * texts of the wrong options so that none of them may also fit.
 */
record Candidate(Question question, AnswerSlot aspect, Giveaway giveaway, List<Claim> claims, List<String> wrongOptions) {
  Candidate {
    claims = List.copyOf(claims);
    wrongOptions = List.copyOf(wrongOptions);
  }

  String template() {
    return question.tags().template();
  }
}
