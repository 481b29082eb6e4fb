package org.factquiz.generate;

import java.util.List;
import org.factquiz.extract.BodyKind;

/**
 * A person or body as a possible answer: the name shown, every form the article uses for it (to
 * recognise the same answer under another name), and for a body its kind.
 */
record Named(String name, List<String> forms, boolean person, BodyKind kind, String article) {
  Named {
    forms = List.copyOf(forms);
  }

  /** The type that distractors must share: "person", or the body's kind. */
  String type() {
    return person ? "person" : kind.wireName();
  }

  /**
   * True when "who said" can fairly be asked with this as the answer: a person, or a body that speaks
   * for itself (a government, ministry, council, alliance, party, medium). A treaty or a programme
   * "says" nothing in its own voice, and a body of unknown kind has no options of its own type.
   */
  boolean speaks() {
    return person || !(kind == BodyKind.TREATY_OR_AGREEMENT || kind == BodyKind.PROGRAMME || kind == BodyKind.OTHER);
  }

  /**
   * True when one name holds the other as whole words ("NATO-Russia Permanent Joint Council" and
   * "Permanent Joint Council"): likely the same body under a longer or shorter name.
   */
  boolean nameWithin(Named other) {
    String a = " " + NameForms.normal(name) + " ";
    String b = " " + NameForms.normal(other.name) + " ";
    return !person && !other.person && (a.contains(b) || b.contains(a));
  }

  /** True when the two denote the same entity: a shared form, or for people a shared surname. */
  boolean sameAs(Named other) {
    for (String a : forms) {
      for (String b : other.forms) {
        if (NameForms.normal(a).equals(NameForms.normal(b))) {
          return true;
        }
      }
    }
    if (!person && !other.person) {
      return demonymOf(NameForms.normal(name), NameForms.normal(other.name))
          || demonymOf(NameForms.normal(other.name), NameForms.normal(name));
    }
    return person && other.person && NameForms.surname(name).equals(NameForms.surname(other.name));
  }

  /** "Russian government" for "Russia": a one-word name whose adjective opens the other name. */
  private static boolean demonymOf(String longer, String single) {
    return !single.contains(" ") && single.length() >= 4 && longer.contains(" ")
        && longer.substring(0, longer.indexOf(' ')).startsWith(single)
        && longer.indexOf(' ') - single.length() <= 2;
  }
}
