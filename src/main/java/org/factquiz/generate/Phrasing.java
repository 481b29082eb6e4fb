package org.factquiz.generate;

import java.util.Locale;

/** Turns a reported statement into the predicate a stem uses: "said that ..." or the clause's own verb ("denied ..."). */
final class Phrasing {
  private Phrasing() {}

  /**
   * The predicate for reported speech, or null when the clause cannot be phrased (it starts with an
   * -ing form or a bare verb, as in "praising ...").
   */
  static String said(String clause, String sentence) {
    String text = Excerpts.trimEnd(clause);
    String[] words = text.split("\\s+");
    if (words.length < 3 || words[0].isEmpty()) {
      return null;
    }
    String first = words[0].replaceAll("\\p{P}+$", "");
    String verb = (first.endsWith("ly") && words.length > 1 ? words[1] : first).replaceAll("\\p{P}+$", "");
    if (Character.isLowerCase(first.codePointAt(0))) {
      String v = verb.toLowerCase(Locale.ROOT);
      // "... acknowledged that successes ..." is a clause; "He strongly denied speculation ..." starts with its verb
      boolean introduced = sentence.contains("that " + words[0]);
      if (!introduced && (v.endsWith("ed") || v.equals("has") || v.equals("have") || v.equals("had")
          || (v.endsWith("es") && !v.endsWith("ies") && words.length > 2 && !Vocabulary.PRONOUNS.contains(v)))) {
        return text;
      }
      if (v.endsWith("ing") || v.equals("to") || (!introduced && first.endsWith("ly"))) {
        return null;
      }
    }
    return speechVerb(sentence) + " that " + text;
  }

  /** The stem's verb for the first speech verb of the sentence ("told" becomes "said"); "said" if none. */
  static String speechVerb(String sentence) {
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      String v = Vocabulary.SPEECH_VERBS.get(w);
      if (v != null) {
        return v;
      }
    }
    return "said";
  }

  static String quote(String text) {
    return "\u201c" + text.strip().replaceAll("[,;:]+$", "") + "\u201d";
  }
}
