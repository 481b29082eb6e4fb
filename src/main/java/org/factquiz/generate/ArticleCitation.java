package org.factquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.extract.ArticleFacts;

/**
 * How a question names its article for a reader: the title in quotation marks; for an article
 * without a headline, its publication header ("Publication: Monitor Volume: 6 Issue: 17" becomes
 * "the article in Monitor, Volume 6, Issue 17"), else its opening words. Never the file name.
 */
final class ArticleCitation {
  /** A header of two or more "Key: value" fields on one line. */
  private static final Pattern FIELD = Pattern.compile("(\\p{Lu}[\\p{L}]+):\\s*(.+?)(?=\\s+\\p{Lu}[\\p{L}]+:|$)");
  private static final int OPENING_WORDS = 8;
  /** A citation by opening words, as it appears in a stem. */
  static final Pattern OPENING = Pattern.compile("the article beginning \u201c[^\u201d]*\u201d");

  private ArticleCitation() {}

  /**
   * The article as a source in parentheses: the title, the publication header ("Monitor, Volume 6,
   * Issue 17") or the opening words in quotation marks.
   */
  static String source(ArticleFacts a, Optional<String> text) {
    String cited = of(a, text);
    return cited.startsWith(IN) ? cited.substring(IN.length()) : cited.startsWith(BEGINNING) ? cited.substring(BEGINNING.length()) : cited;
  }

  private static final String IN = "the article in ";
  private static final String BEGINNING = "the article beginning ";

  static String of(ArticleFacts a, Optional<String> text) {
    if (a.title() != null && !a.title().isBlank()) {
      return "\u201c" + a.title().strip() + "\u201d";
    }
    String body = text.orElse("").strip();
    if (body.isEmpty()) {
      return "the article";
    }
    String first = body.lines().findFirst().orElse("").strip();
    String header = header(first);
    if (header != null) {
      return IN + header;
    }
    return BEGINNING + "\u201c" + opening(body) + "\u2026\u201d";
  }

  /** "Monitor, Volume 6, Issue 17" from "Publication: Monitor Volume: 6 Issue: 17"; null for other lines. */
  static String header(String line) {
    Matcher m = FIELD.matcher(line);
    List<String> parts = new ArrayList<>();
    int end = 0;
    while (m.find()) {
      if (m.start() != end && !line.substring(end, m.start()).isBlank()) {
        return null;
      }
      String value = m.group(2).strip();
      parts.add(value.matches("[\\p{N}.-]+") ? m.group(1) + " " + value : value);
      end = m.end();
    }
    return parts.size() >= 2 && end == line.length() ? String.join(", ", parts) : null;
  }

  private static String opening(String body) {
    String[] words = body.lines().filter(l -> header(l.strip()) == null && !l.isBlank()).findFirst().orElse(body)
        .strip().split("\\s+");
    return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(OPENING_WORDS, words.length)));
  }
}
