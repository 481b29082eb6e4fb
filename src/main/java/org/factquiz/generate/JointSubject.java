package org.factquiz.generate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a speaker who shares the credit for words with someone else ("He and Putin agreed that ...",
 * "Robertson and Ivanov said ..."): asking "who said it" then has two right answers.
 */
final class JointSubject {
  private static final String NAME = "(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){0,3}\\p{Lu}[\\p{L}'\u2019-]+";
  private static final String PRONOUN = "(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e)";

  private JointSubject() {}

  /** Where the words begin in the sentence: the longest of their first four, three, two words found; else the end. */
  private static int start(String text, String words) {
    String plain = words.strip().replaceAll("\\s+", " ");
    for (int n = 4; n >= 1; n--) {
      int cut = plain.length();
      int spaces = 0;
      for (int i = 0; i < plain.length(); i++) {
        if (plain.charAt(i) == ' ' && ++spaces == n) {
          cut = i;
          break;
        }
      }
      int at = text.indexOf(plain.substring(0, cut));
      if (at >= 0) {
        return at;
      }
    }
    return text.length();
  }

  /** True when, outside the reported words, the sentence joins the speaker (or "he"/"she") to another name with "and". */
  static boolean in(String sentence, String words, List<String> speakerForms) {
    String text = sentence.replaceAll("\\s+", " ");
    // the sentence around the words: "He and X agreed that ...", "... agreed between X and Y"
    int at = start(text, words);
    String plain = words.strip().replaceAll("\\s+", " ");
    String before = text.substring(0, at) + " " + (text.startsWith(plain, at) ? text.substring(at + plain.length()) : "");
    for (String form : speakerForms) {
      String f = "(?i:" + Pattern.quote(NameForms.surname(form)) + ")";
      if (Pattern.compile("\\b" + f + "\\s+and\\s+" + NAME).matcher(before).find()
          || Pattern.compile(NAME + "\\s+and\\s+(?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){0,3}" + f + "\\b").matcher(before).find()) {
        return true;
      }
    }
    return Pattern.compile("(?:^|[.;:] )" + PRONOUN + "\\s+and\\s+" + NAME).matcher(before).find()
        || Pattern.compile("\\b(?i:both|the two)\\s+(?:men|sides|parties|leaders|ministers|\\w+s)\\b").matcher(before).find();
  }
}
