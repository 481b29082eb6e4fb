package org.factquiz.generate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The slots a template may use, and slot filling. A slot with no value is left in place so that
 * the validator can reject the question as having a dangling slot.
 */
final class Slots {
  private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");
  private static final List<String> COMMON = List.of("source", "title", "article", "sentence", "dateline", "answer", "correct");
  private static final Map<FactType, Set<String>> KNOWN = Map.of(
      FactType.STATEMENT, with("speaker", "quote", "said", "cloze", "initial", "letters", "cited"),
      FactType.ROLE, with("person", "role", "role_blanked", "cited"),
      FactType.EVENT, with("cited", "event", "date", "on_date", "year", "bodies", "body", "cloze", "initial", "letters", "event_blanked", "event_lower", "dated_order",
          "articles"));

  private Slots() {}

  private static Set<String> with(String... names) {
    return Stream.concat(COMMON.stream(), Stream.of(names)).collect(Collectors.toUnmodifiableSet());
  }

  static Set<String> known(FactType fact) {
    return KNOWN.get(fact);
  }

  /** Replaces each {@code {name}} that has a non-blank value; others stay for the validator to see. */
  static String fill(String text, Map<String, String> values) {
    Matcher m = SLOT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(v == null || v.isBlank() ? m.group() : v));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The slots still unfilled in a text, e.g. ["speaker"]. */
  static List<String> dangling(String text) {
    return SLOT.matcher(text).results().map(r -> r.group(1)).toList();
  }
}
