package org.factquiz.generate;

import java.util.List;
import org.factquiz.extract.Evidence;

/**
 * Something a question's key asserts that its cited evidence must state, so that the validator can
 * re-derive the key from the sentence: a name or role mentioned, a date stated, a word quoted.
 */
sealed interface Claim {
  Evidence evidence();

  /** The passage must mention one of {@code forms} (e.g. the speaker under any of its names). */
  record Mentions(Evidence evidence, String label, List<String> forms) implements Claim {
    public Mentions {
      forms = List.copyOf(forms);
    }
  }

  /** The passage must state a date compatible with {@code date}. */
  record DateStated(Evidence evidence, DateValue date) implements Claim {}

  /** The passage must not mention any of {@code forms}: a wrong option it names could also fit. */
  record NotMentioned(Evidence evidence, String label, List<String> forms) implements Claim {
    public NotMentioned {
      forms = List.copyOf(forms);
    }
  }
}
