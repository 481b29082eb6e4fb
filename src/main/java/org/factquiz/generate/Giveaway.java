package org.factquiz.generate;

import java.util.List;

/**
 * What would give a question's key away if another question showed it: a text unit (stem, option or
 * premise) that contains one of the cues (what the question is about) together with one of the key forms.
 */
record Giveaway(List<String> cues, List<String> keys) {
  Giveaway {
    cues = cues.stream().filter(c -> !NameForms.normal(c).isEmpty()).toList();
    keys = keys.stream().filter(k -> !NameForms.normal(k).isEmpty()).toList();
  }

  boolean revealedBy(String unit) {
    return NameForms.mentionsAny(unit, keys) && NameForms.mentionsAny(unit, cues);
  }
}
