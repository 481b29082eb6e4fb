package org.factquiz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads acronym definitions, "Health and Safety Executive (HSE)": the words before the brackets
 * whose initials spell the acronym name a body, and the acronym is its alias.
 */
final class AcronymDefinitions {
  private static final Pattern DEFINED = Pattern.compile("\\((\\p{Lu}{2,8})\\)");
  private static final Set<String> SMALL_WORDS = Set.of("and", "of", "for", "the", "on", "in", "to", "&");

  private final Vocabulary vocabulary = Vocabulary.get();

  void read(String text, List<SentenceView> sentences, EntityIndex index) {
    for (SentenceView s : sentences) {
      Matcher m = DEFINED.matcher(text).region(s.start(), s.end());
      while (m.find()) {
        String acronym = m.group(1);
        if (vocabulary.isCountryWord(acronym)) {
          continue;
        }
        String name = spelledBefore(text, s.start(), m.start(), acronym);
        if (name == null || index.bodyWithAlias(acronym).isPresent()) {
          continue;
        }
        BodyKind kind = BodyKind.OTHER;
        for (String w : name.split(" ")) {
          BodyKind k = vocabulary.headKind(w);
          if (k != null) {
            kind = k;
          }
        }
        var existing = index.bodyNamed(acronym);
        BodyBuilder b;
        if (existing.isPresent()) {
          b = existing.get();
          b.rename(name); // the acronym stays as an alias
        } else {
          b = index.body(name, kind, s.evidence());
          b.addAlias(acronym);
        }
        int start = m.start() - 1 - name.length();
        index.mention(Mention.of(b, Math.max(s.start(), start), m.start() - 1));
      }
    }
  }

  /** The words right before {@code end} whose capitalised initials spell the acronym, or null. */
  private static String spelledBefore(String text, int from, int end, String acronym) {
    String[] words = text.substring(from, end).strip().split("\\s+");
    List<String> taken = new ArrayList<>();
    int letter = acronym.length() - 1;
    for (int i = words.length - 1; i >= 0 && letter >= 0; i--) {
      String w = words[i];
      if (SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT)) && !taken.isEmpty()) {
        if (Character.toUpperCase(w.charAt(0)) == acronym.charAt(letter) && letter > 0 && Character.isUpperCase(w.charAt(0))) {
          letter--;
        }
        taken.add(0, w);
        continue;
      }
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.charAt(0) != acronym.charAt(letter)) {
        return null;
      }
      taken.add(0, w);
      letter--;
    }
    if (letter >= 0 || taken.isEmpty() || SMALL_WORDS.contains(taken.get(0).toLowerCase(Locale.ROOT))) {
      return null;
    }
    return String.join(" ", taken);
  }
}
