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
    String text = clause(clause);
    String[] words = text.split("\\s+");
    if (words.length < 3 || words[0].isEmpty() || !hasVerb(words)) {
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
      // "building on those links is a challenge" has a gerund subject and a verb; "praising the talks" has no verb
      boolean gerundSubject = v.endsWith("ing") && java.util.Arrays.stream(words).anyMatch(Vocabulary.AUXILIARIES::contains);
      if ((v.endsWith("ing") && !gerundSubject) || v.equals("to") || (!introduced && first.endsWith("ly"))) {
        return null;
      }
    }
    // "said that confirms the position ...": the words open with a verb and have no subject of their own
    return relativeClause(words) ? null : speechVerb(sentence) + " that " + text;
  }

  /**
   * The reported words as a clause to follow "that": trailing punctuation gone, and a capital that
   * only opened the speaker's sentence ("The goal, he said, is ...") made small.
   */
  static String clause(String text) {
    String t = Excerpts.trimEnd(text);
    int space = t.indexOf(' ');
    String first = space < 0 ? t : t.substring(0, space);
    if (!first.isEmpty() && Character.isUpperCase(first.codePointAt(0))
        && (Vocabulary.DETERMINERS.contains(first.toLowerCase(Locale.ROOT)) || first.equals("It") || first.equals("There"))) {
      return first.toLowerCase(Locale.ROOT) + t.substring(first.length());
    }
    return t;
  }

  /** True when some word reads as a finite verb: an auxiliary, or a lower-case "-ed" or "-s" form. */
  static boolean hasVerb(String[] words) {
    for (String w : words) {
      String v = w.replaceAll("^[^\\p{L}]+|[^\\p{L}']+$", "");
      if (v.isEmpty() || !Character.isLowerCase(v.codePointAt(0))) {
        continue;
      }
      if (Vocabulary.AUXILIARIES.contains(v) || v.endsWith("n't") || v.endsWith("ed")
          || (v.length() > 3 && v.endsWith("s") && !v.endsWith("ss") && !v.endsWith("ous"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for "confirms Moscow's position ...": the clause opens with a verb form and then a noun
   * phrase, so the "that" before it was a relative pronoun and the clause has no subject.
   */
  static boolean relativeClause(String[] words) {
    if (words.length < 2) {
      return false;
    }
    String first = words[0];
    String next = words[1];
    boolean verbForm = Character.isLowerCase(first.codePointAt(0)) && first.length() > 3
        && (first.endsWith("s") && !first.endsWith("ss") || first.endsWith("ed"));
    boolean nounPhrase = Vocabulary.DETERMINERS.contains(next.toLowerCase(Locale.ROOT))
        || Character.isUpperCase(next.codePointAt(0));
    return verbForm && nounPhrase;
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
    // the stem's own "?" or "." follows, so a closing full stop, comma or colon goes
    String t = text.strip().replaceAll("[,;:.]+$", "");
    if (t.chars().filter(c -> c == '"').count() % 2 == 1) {
      // a quotation mark whose partner lies outside the excerpt: drop it rather than show it unpaired
      int last = t.lastIndexOf('"');
      t = t.substring(0, last) + t.substring(last + 1);
    }
    // quotation marks inside the quotation are single: "“... remain ‘frozen’”", never "“... remain “frozen””"
    t = t.replace('\u201c', '\u2018').replace('\u201d', '\u2019');
    return "\u201c" + t + "\u201d";
  }

  /**
   * True for quoted words that open with their verb ("is preparing a charter") or an infinitive
   * ("radically to change its essence"): the writer's sentence holds their subject, so shown alone
   * as what someone said they do not read.
   */
  static boolean subjectless(String quoted) {
    String[] words = quoted.strip().replaceAll("^[\"'\u201c\u2018]+", "").split("\\s+");
    if (words.length == 0 || words[0].isEmpty() || !Character.isLowerCase(words[0].codePointAt(0))) {
      return false;
    }
    String first = words[0].replaceAll("[^\\p{L}]", "");
    return Vocabulary.AUXILIARIES.contains(first) || first.equals("to")
        || (first.endsWith("ly") && words.length > 1 && words[1].equals("to"));
  }
}
