package org.factquiz.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a sentence that opens with a quotation and names its speaker after it ("'The port will
 * open,' Ann Lee told the radio (May 3)") into reported speech led by the speaker ("Ann Lee told
 * the radio that the port will open"), when the date lies outside the quotation. A quotation in
 * the first or second person is left out rather than reworded.
 */
final class QuoteFirst {
  private static final Pattern OPENING = Pattern.compile(
      "^[\"“](?<quote>[^\"“”]{8,}?)[,.]?[\"”],?\\s+(?<speaker>\\p{Lu}[\\w.'’-]*(?:\\s+\\p{Lu}[\\w.'’-]*){0,3})"
          + "\\s+(?:\\p{Ll}+ly\\s+)?(?<verb>\\p{Ll}+)(?<rest>[^,;\"“”]*)");
  private static final Pattern PERSONAL = Pattern.compile("(?i)\\b(?:i|me|my|we|us|our|you|your)\\b");
  private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^()]*\\)");

  private QuoteFirst() {}

  /** The reported-speech description, or null when the sentence does not open with a quotation and its speaker. */
  static String indirect(String sentence, TemporalMention mention) {
    Matcher m = OPENING.matcher(sentence);
    if (!m.find() || mention.start() < m.start("speaker")
        || !TemporalLexicon.english().speechVerbs.contains(m.group("verb"))) {
      return null;
    }
    String rest = m.group("rest");
    int restStart = m.start("rest");
    if (mention.start() >= restStart && mention.end() <= m.end("rest")) {
      rest = DateClauses.without(sentence, restStart, m.end("rest"), mention);
    }
    rest = BRACKETED.matcher(rest).replaceAll("").replaceAll("\\s+", " ").replaceAll("[\\s.!?]+$", "");
    String head = m.group("speaker") + " " + m.group("verb") + rest;
    String quote = m.group("quote").strip();
    if (PERSONAL.matcher(quote).find()) {
      return head;
    }
    String firstWord = quote.split("[\\s,]+")[0];
    boolean common = Vocabulary.get().functionWords.contains(firstWord) || firstWord.equals("There");
    return head + " that " + (common ? quote.substring(0, 1).toLowerCase(Locale.ROOT) + quote.substring(1) : quote);
  }
}
