package org.factquiz.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a short description of a dated happening from its sentence: the clause that holds the
 * date, without the date itself, leading connectives, asides in brackets or the tail of a long
 * sentence. A possessive date ("Monday's visit to Oslo ...") names the happening directly.
 */
final class EventPhraser {
  private static final int MAX_WORDS = 30;
  private static final Pattern LEADING_CONNECTIVE = Pattern.compile(
      "^(?:(?i:but|and|yet|so|however|indeed|meanwhile|similarly|moreover|still|also|then|now|thus|therefore|instead)\\b,?\\s*)+");
  private static final Pattern LEADING_PARTICIPLE = Pattern.compile("^\\p{Lu}\\p{Ll}+ing\\b[^,;\"“]*,\\s+(?=\\p{Lu})");
  private static final Pattern APPOSITIVE = Pattern.compile(
      "(?<name>(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4}\\p{Lu}[\\p{L}'’-]*), [^,;\"“”()]{3,80}, (?<verb>\\p{Ll}+)\\b");
  private static final java.util.Set<String> SPEECH = TemporalLexicon.english().speechVerbs;
  private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^()]*\\)|\\s*\\[[^\\[\\]]*\\]");
  static final Pattern RELATIVE_OPENING = Pattern.compile("^(?i:which|who|whom|while|whereas|but|although|though)\\b\\s*");

  /** A description and whether it names the happening as a noun phrase rather than a clause. */
  record Phrase(String what, boolean nounPhrase) {}

  private final HappeningPhrases happenings = new HappeningPhrases();

  /**
   * Phrases the happening {@code mention} dates: the noun phrase or subordinate clause the date
   * belongs to when there is one, else the clause around it; {@code personBefore} names the person
   * mentioned before an offset, to stand for a pronoun subject.
   */
  Phrase phrase(String sentence, TemporalMention mention, List<TemporalMention> others, List<VerbSpotter.Word> tokens,
      IntFunction<String> personBefore) {
    if (isPossessive(mention.text())) {
      String head = possessiveHead(sentence, mention, tokens);
      if (EventPhraser.wordCount(head) >= 2 && Character.isLowerCase(head.charAt(0))) {
        return new Phrase(withoutOthers(tidy("the " + head), mention, others), true);
      }
    }
    String noun = happenings.nounPhraseBefore(sentence, mention, tokens);
    if (noun != null) {
      return new Phrase(withoutOthers(tidy(noun + relativeAfter(sentence, mention, tokens)), mention, others), true);
    }
    String reported = QuoteFirst.indirect(sentence, mention);
    if (reported != null) {
      return new Phrase(withoutOthers(tidy(reported), mention, others), false);
    }
    String clause = happenings.subordinateClause(sentence, mention, tokens, personBefore);
    if (clause != null) {
      return new Phrase(withoutOthers(tidy(clause), mention, others), false);
    }
    return new Phrase(withoutAppositive(withoutLeadingParticiple(describe(sentence, mention, others, tokens))), false);
  }

  /** A relative clause right after the date: ", which brought together ... ministers". */
  private static final Pattern RELATIVE_AFTER = Pattern.compile("^,?\\s+(?:which|that)\\s+(?<clause>[^,;.()\"“”]+)");

  private static final Pattern POINTING = Pattern.compile("(?i)\\b(?:he|she|it|they|him|them|his|her|its|their)\\b");
  private static final Pattern POINTING_TAIL = Pattern.compile(
      "(?i)\\s+(?:with|to|for|from|in|on|at|of|by|among|against)\\s+(?:his|her|its|their)\\b.*$");

  /** The most words a noun phrase and its relative clause may take together. */
  private static final int RELATIVE_MAX_WORDS = 24;

  /**
   * The relative clause that follows a dated noun phrase, as " that ...": once the date is taken
   * out, it is what tells this meeting from another ("the meetings at headquarters that brought
   * together the ministers"); empty when there is none, it has no verb of its own or it is too long.
   */
  private static String relativeAfter(String sentence, TemporalMention mention, List<VerbSpotter.Word> tokens) {
    Matcher m = RELATIVE_AFTER.matcher(sentence.substring(mention.end()));
    if (!m.find()) {
      return "";
    }
    int from = mention.end() + m.start("clause");
    int to = mention.end() + m.end("clause");
    boolean verb = tokens.stream().anyMatch(w -> w.start() >= from && w.end() <= to && w.isVerb());
    // "... ministers with their counterparts": a phrase pointing back through a pronoun ends the clause
    String clause = POINTING_TAIL.matcher(m.group("clause").strip()).replaceFirst("");
    boolean pointsBack = POINTING.matcher(clause).find();
    return verb && !pointsBack && wordCount(clause) >= 3 && wordCount(clause) <= RELATIVE_MAX_WORDS / 2 ? " that " + clause : "";
  }

  /** "Speaking in Oslo, the minister said ..." tells that the minister said ...; the participle phrase is an aside. */
  private static String withoutLeadingParticiple(String what) {
    return LEADING_PARTICIPLE.matcher(what).replaceFirst("");
  }

  /** "Ann Lee, the port's director, said ..." tells that Ann Lee said ...; the appositive after the name is an aside. */
  private static String withoutAppositive(String what) {
    Matcher m = APPOSITIVE.matcher(what);
    if (!m.lookingAt() || !SPEECH.contains(m.group("verb"))) {
      return what;
    }
    return m.group("name") + " " + what.substring(m.start("verb"));
  }

  /** Phrases a happening dated from context: the clause telling of a meeting, else the sentence. */
  Phrase phraseInherited(String sentence, List<VerbSpotter.Word> tokens, IntFunction<String> personBefore) {
    String clause = happenings.encounterClause(sentence, tokens, personBefore);
    return new Phrase(clause != null ? tidy(clause) : describe(sentence, null, List.of(), tokens), false);
  }

  /**
   * Describes the happening {@code mention} dates, leaving out the sentence's other dates
   * ({@code others}); {@code mention} is null for a date taken from context.
   */
  String describe(String sentence, TemporalMention mention, List<TemporalMention> others, List<VerbSpotter.Word> tokens) {
    String what = describe(sentence, mention, tokens);
    if (what.isBlank()) {
      what = describe(sentence, null, tokens);
    }
    return withoutOthers(what, mention, others);
  }

  private static String withoutOthers(String what, TemporalMention mention, List<TemporalMention> others) {
    for (TemporalMention other : others) {
      if (other != mention && !other.text().isBlank()) {
        what = what.replaceAll("(?i)(?:\\b(?:on|in|at|since|during|by|until|as of|as|over)\\s+)?" + Pattern.quote(other.text())
            + ",?", "").replaceAll("\\s{2,}", " ").strip();
      }
    }
    return what.isEmpty() ? what : what.substring(0, 1).toUpperCase(Locale.ROOT) + what.substring(1);
  }

  private String describe(String sentence, TemporalMention mention, List<VerbSpotter.Word> tokens) {
    if (mention != null && isPossessive(mention.text())) {
      String phrase = possessiveHead(sentence, mention, tokens);
      if (!phrase.isEmpty()) {
        return tidy(phrase);
      }
    }
    if (mention != null) {
      String label = citationLabel(sentence, mention);
      if (label != null) {
        return label + " report";
      }
    }
    if (mention != null) {
      String segment = DateClauses.segmentAround(sentence, mention, tokens);
      if (segment != null) {
        return tidy(segment);
      }
    }
    int[] clause = mention == null ? new int[] {0, sentence.length()} : DateClauses.clauseAround(sentence, mention.start());
    String text;
    if (mention != null && mention.start() >= clause[0] && mention.end() <= clause[1]) {
      text = DateClauses.without(sentence, clause[0], clause[1], mention);
    } else {
      text = sentence.substring(clause[0], clause[1]);
    }
    if (wordCount(text) < 3 && mention != null) {
      return describe(sentence, null, tokens);
    }
    return tidy(text);
  }

  private static boolean isPossessive(String text) {
    return text.endsWith("'s") || text.endsWith("’s");
  }

  /** "Monday's visit to Oslo by X made clear ..." gives "visit to Oslo by X". */
  private static String possessiveHead(String sentence, TemporalMention mention, List<VerbSpotter.Word> tokens) {
    int end = sentence.length();
    boolean head = true;
    for (VerbSpotter.Word token : tokens) {
      if (token.start() < mention.end()) {
        continue;
      }
      if (head) {
        head = false;
        continue;
      }
      if (token.isVerb() || token.text().matches("[,;:()\"“”—–]|--")) {
        end = token.start();
        break;
      }
    }
    return sentence.substring(mention.end(), end).strip();
  }

  /** "(Reuters, January 24)": a source cited with a date, described as that source's report. */
  private static String citationLabel(String sentence, TemporalMention mention) {
    int open = sentence.lastIndexOf('(', mention.start());
    int close = sentence.indexOf(')', mention.end());
    if (open < 0 || close < 0 || sentence.lastIndexOf(')', mention.start()) > open) {
      return null;
    }
    int from = Math.max(open + 1, sentence.lastIndexOf(';', mention.start()) + 1);
    String label = sentence.substring(from, mention.start()).replaceAll("[,\\s]+$", "").strip();
    boolean named = !label.isEmpty() && Character.isUpperCase(label.charAt(0)) && wordCount(label) <= 5;
    return named ? label : null;
  }

  private static String tidy(String text) {
    String out = BRACKETED.matcher(text).replaceAll("").replaceAll("\\s*\\([^)]*$", "");
    out = out.replaceAll("\\s+", " ").strip();
    out = LEADING_CONNECTIVE.matcher(out).replaceFirst("");
    out = RELATIVE_OPENING.matcher(out).replaceFirst("");
    out = LEADING_CONNECTIVE.matcher(out).replaceFirst("");
    out = out.replaceAll("^[,;:\\s]+|[,;:.\\s]+$", "");
    String[] words = out.split(" ");
    if (words.length > MAX_WORDS) {
      int cut = MAX_WORDS;
      for (int i = MAX_WORDS - 1; i >= 8; i--) {
        if (words[i].endsWith(",")) {
          cut = i + 1;
          break;
        }
      }
      // marked as cut, so that a shortened description is never taken for a whole one
      out = String.join(" ", Arrays.copyOf(words, cut)).replaceAll("[,;:]+$", "") + " …";
    }
    if (out.chars().filter(c -> c == '"').count() % 2 == 1 || countCurly(out)) {
      out = out.replaceAll("[\"“”]", "");
    }
    return out.isEmpty() ? out : out.substring(0, 1).toUpperCase(Locale.ROOT) + out.substring(1);
  }

  private static boolean countCurly(String text) {
    return text.chars().filter(c -> c == '“').count() != text.chars().filter(c -> c == '”').count();
  }

  static int wordCount(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
