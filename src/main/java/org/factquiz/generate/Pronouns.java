package org.factquiz.generate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds third-person pronouns outside quotation marks: in a stem they point at no one the student can see. */
final class Pronouns {
  private Pronouns() {}

  private static final Set<String> PLURAL = Set.of("they", "them", "their", "theirs", "themselves");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern QUOTED = Pattern.compile("[\u201c\"][^\u201d\"]*[\u201d\"]");
  private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{L}*");

  /**
   * The first unresolved pronoun of the text, or null. Words inside quotation marks are the
   * speaker's own; a singular pronoun after a name in the stem ("X said that he ...") refers to it.
   */
  static String first(String text) {
    String outside = QUOTED.matcher(text).replaceAll(" ");
    Matcher m = WORD.matcher(outside);
    boolean named = false;
    int previousEnd = -1;
    while (m.find()) {
      String w = m.group();
      String lower = w.toLowerCase(Locale.ROOT);
      if (Vocabulary.PRONOUNS.contains(lower) && (PLURAL.contains(lower) || !named)) {
        return w;
      }
      // a capital after the start of the text or a sentence end is not a name
      boolean sentenceStart = previousEnd < 0 || outside.substring(previousEnd, m.start()).matches(".*[.?!:].*");
      if (!sentenceStart && NAME.matcher(w).matches() && !Vocabulary.PRONOUNS.contains(lower)) {
        named = true;
      }
      previousEnd = m.end();
    }
    return null;
  }

  static boolean unresolved(String text) {
    return first(text) != null;
  }
}
