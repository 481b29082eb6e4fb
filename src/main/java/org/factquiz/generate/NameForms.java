package org.factquiz.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.regex.Pattern;
import org.factquiz.extract.Body;
import org.factquiz.extract.Person;

/** The forms under which a person or body appears, and case- and punctuation-tolerant matching of them. */
final class NameForms {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameForms() {}

  static List<String> of(Person p) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(p.name());
    forms.addAll(p.aliases());
    String surname = lastWord(p.name());
    if (!surname.equals(p.name())) {
      forms.add(surname);
    }
    return new ArrayList<>(forms);
  }

  static List<String> of(Body b) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(b.name());
    forms.addAll(b.aliases());
    return new ArrayList<>(forms);
  }

  /** Normal forms of names, roles and statements, memoised: distractors and set checks compare them often. */
  private static final Map<String, String> NORMALS = new ConcurrentHashMap<>();
  private static final int MEMO_LIMIT = 200_000;

  /** Lower case, accents and punctuation folded to single spaces, a leading "the" dropped. */
  static String normal(String text) {
    if (text.length() > 2000 || NORMALS.size() > MEMO_LIMIT) {
      return fold(text);
    }
    return NORMALS.computeIfAbsent(text, NameForms::fold);
  }

  private static String fold(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    s = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }

  static String surname(String name) {
    return normal(lastWord(name));
  }

  /** The last word of a name as written ("Act" of "Founding Act"). */
  static String lastWord(String name) {
    String[] words = name.strip().split("\\s+");
    return words[words.length - 1];
  }

  /** True when {@code text} contains {@code form} as whole words, ignoring case and punctuation. */
  static boolean mentions(String text, String form) {
    String f = normal(form);
    if (f.isEmpty()) {
      return false;
    }
    return (" " + normal(text) + " ").contains(" " + f + " ");
  }

  /** The text folded once, for many {@link #mentionedIn} tests against it. */
  static String padded(String text) {
    return " " + normal(text) + " ";
  }

  /** True when a text folded by {@link #padded} mentions any of the forms. */
  static boolean mentionedIn(String padded, List<String> forms) {
    for (String form : forms) {
      String f = normal(form);
      if (!f.isEmpty() && padded.contains(" " + f + " ")) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code text} mentions any of the forms. */
  static boolean mentionsAny(String text, List<String> forms) {
    return forms.stream().anyMatch(f -> mentions(text, f));
  }
}
