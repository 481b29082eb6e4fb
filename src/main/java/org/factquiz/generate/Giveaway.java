package org.factquiz.generate;

import java.util.List;

/**
 * What would give a question's key away if another question showed it: a text unit (stem, option or
 * premise) that contains one of the cues (what the question is about) together with one of the key forms.
 */
record Giveaway(List<String> cues, List<String> keys) {
  Giveaway {
    cues = cues.stream().map(NameForms::normal).filter(c -> !c.isEmpty()).distinct().toList();
    keys = keys.stream().map(NameForms::normal).filter(k -> !k.isEmpty()).distinct().toList();
  }

  boolean revealedBy(String unit) {
    return revealedByFolded(NameForms.padded(unit));
  }

  /** As {@link #revealedBy} for a unit already folded by {@link NameForms#padded}. */
  boolean revealedByFolded(String padded) {
    return NameForms.mentionedIn(padded, keys) && NameForms.mentionedIn(padded, cues);
  }
}
