package org.factquiz.generate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.extract.Granularity;

/**
 * Re-derives a key from its cited sentence: the names and words a claim needs must be there, a wrong
 * option must not be, and a date must be stated compatibly (its year or month written, or a relative
 * expression such as "Wednesday" or "last spring" that the extractor resolved against the dateline).
 */
final class EvidenceCheck {
  private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");
  private static final Pattern DAY_OF_MONTH = Pattern.compile(
      "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2})\\b"
          + "|\\b(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\b");

  /** Why the claim fails, or null when the sentence supports it. */
  String check(Claim claim) {
    String sentence = claim.evidence().sentence();
    if (claim instanceof Claim.Mentions m) {
      return NameForms.mentionsAny(sentence, m.forms()) ? null
          : "key not supported by its evidence: " + m.label() + " is not in the cited sentence";
    }
    if (claim instanceof Claim.NotMentioned n) {
      return NameForms.mentionsAny(sentence, n.forms()) ? "an option also fits: " + n.label() + " is named in the cited sentence" : null;
    }
    return date(sentence, ((Claim.DateStated) claim).date());
  }

  private static String date(String sentence, DateValue key) {
    Matcher years = YEAR.matcher(sentence);
    boolean anyYear = false;
    while (years.find()) {
      anyYear = true;
      int y = Integer.parseInt(years.group(1));
      if (key.yearKnown() && y >= key.start().getYear() && y <= key.end().getYear()) {
        return null;
      }
    }
    Matcher days = DAY_OF_MONTH.matcher(sentence);
    boolean anyDay = false;
    while (key.granularity() == Granularity.DAY && days.find()) {
      anyDay = true;
      int day = Integer.parseInt(days.group(2) != null ? days.group(2) : days.group(3));
      if (day == key.start().getDayOfMonth()) {
        return null;
      }
    }
    if (anyDay) {
      return "key not supported by its evidence: the sentence gives another day of the month";
    }
    List<String> written = key.writtenParts();
    for (String part : written) {
      if (NameForms.mentions(sentence, part)) {
        return null;
      }
    }
    if (anyYear && key.yearKnown()) {
      return "key not supported by its evidence: the sentence states another year";
    }
    return relative(sentence) ? null : "key not supported by its evidence: no date expression in the cited sentence";
  }

  private static boolean relative(String sentence) {
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
      if (Vocabulary.TIME_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
