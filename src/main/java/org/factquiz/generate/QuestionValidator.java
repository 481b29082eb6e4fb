package org.factquiz.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factquiz.extract.Evidence;

/**
 * Checks one candidate on its own and says why it is refused: dangling slots, an unresolved pronoun
 * in the stem, a stem or option cut short, an over-long stem, duplicate or missing options, a key the cited evidence does not
 * support (re-derived from the sentence), an option that also fits, a stem or shape giving the key away.
 */
final class QuestionValidator {
  /** Longest stem a student should have to read, in characters. */
  static final int STEM_LIMIT = 320;

  private final ArticleTexts texts;
  private final EvidenceCheck evidenceCheck = new EvidenceCheck();

  QuestionValidator(ArticleTexts texts) {
    this.texts = texts;
  }

  /** Why the candidate is refused, or empty when it is valid. */
  Optional<String> reject(Candidate c) {
    Question q = c.question();
    for (String reason : new String[] {dangling(q), cut(q), slip(q), stem(q), options(q), verbatim(q, c), claims(c), giveaway(c)}) {
      if (reason != null) {
        return Optional.of(reason);
      }
    }
    return Optional.empty();
  }

  private static String dangling(Question q) {
    List<String> texts = new ArrayList<>(List.of(q.stem(), q.feedback()));
    q.options().forEach(o -> texts.add(o.text()));
    q.premises().forEach(p -> texts.add(p.text()));
    for (String t : texts) {
      List<String> slots = Slots.dangling(t);
      if (!slots.isEmpty()) {
        return "dangling slot {" + slots.get(0) + "}";
      }
    }
    return null;
  }

  /**
   * A stem, option or premise that was cut short ("…"): a teacher reads it as broken. Only a cloze may
   * show a window of a long sentence, marked with "…" at its ends.
   */
  private static String cut(Question q) {
    if (q.kind() != QuestionKind.CLOZE && q.stem().contains(Excerpts.CUT)) {
      return "the stem is cut short";
    }
    for (Choice c : q.options()) {
      if (c.text().contains(Excerpts.CUT)) {
        return "option '" + c.text() + "' is cut short";
      }
    }
    for (Choice c : q.premises()) {
      if (c.text().contains(Excerpts.CUT)) {
        return "premise '" + c.text() + "' is cut short";
      }
    }
    return null;
  }

  /**
   * The stem without the article's title: a stem that names its article ("According to “X”, ...")
   * neither gives a key away nor leaves a pronoun unresolved through the title's words.
   */
  static String ownWords(Question q) {
    String title = q.source() == null ? null : q.source().title();
    String stem = title == null || title.isBlank() ? q.stem() : q.stem().replace("\u201c" + title.strip() + "\u201d", "the article");
    return ArticleCitation.OPENING.matcher(stem).replaceAll("the article");
  }

  /** "important.role": a full stop between two lower-case words, a slip of the article's typing. */
  private static final java.util.regex.Pattern SLIP = java.util.regex.Pattern.compile("\\p{Ll}{2}\\.\\p{Ll}{2}");

  private static String slip(Question q) {
    List<String> texts = new ArrayList<>(List.of(q.stem()));
    q.options().forEach(o -> texts.add(o.text()));
    q.premises().forEach(p -> texts.add(p.text()));
    for (String t : texts) {
      java.util.regex.Matcher m = SLIP.matcher(t);
      if (m.find() && !t.contains("www.") && !t.contains("@")) {
        return "the article's text has a typing slip here (\"" + m.group() + "\")";
      }
    }
    return null;
  }

  private static String stem(Question q) {
    if (q.stem().length() > STEM_LIMIT) {
      return "stem longer than " + STEM_LIMIT + " characters (" + q.stem().length() + ")";
    }
    String pronoun = Pronouns.first(ownWords(q));
    return pronoun == null ? null : "unresolved pronoun '" + pronoun + "' in stem";
  }

  private static String options(Question q) {
    Set<String> seen = new HashSet<>();
    for (Choice o : q.options()) {
      String n = NameForms.normal(o.text());
      if (seen.stream().anyMatch(x -> nearlyEqual(x, n))) {
        return "duplicate option '" + o.text() + "'";
      }
      seen.add(n);
    }
    Set<String> premises = new HashSet<>();
    for (Choice p : q.premises()) {
      if (!premises.add(NameForms.normal(p.text()))) {
        return "duplicate premise '" + p.text() + "'";
      }
    }
    int n = q.options().size();
    return switch (q.kind()) {
      case SINGLE_CHOICE, MULTIPLE_RESPONSE -> n < 3 ? "only " + n + " options (too few distractors of the right type)" : keyIds(q);
      case ORDERING -> n < 3 ? "fewer than 3 items to order" : keyIds(q);
      case MATCHING -> q.premises().size() < 3 ? "fewer than 3 pairs to match" : null;
      case TRUE_FALSE -> n != 2 ? "a true/false question needs exactly 2 options" : keyIds(q);
      default -> q.key().text() == null && q.key().number() == null ? "no answer key" : null;
    };
  }

  /** Equal, or (for texts of five letters or more, without digits) one edit apart: "Marshal" and "Marshall". */
  static boolean nearlyEqual(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (Math.min(a.length(), b.length()) < 5 || Math.abs(a.length() - b.length()) > 1
        || a.chars().anyMatch(Character::isDigit) || b.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    int i = 0;
    while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return a.substring(a.length() == b.length() ? i + 1 : i + (a.length() > b.length() ? 1 : 0))
        .equals(b.substring(b.length() == a.length() ? i + 1 : i + (b.length() > a.length() ? 1 : 0)));
  }

  private static String keyIds(Question q) {
    Set<String> ids = new HashSet<>();
    q.options().forEach(o -> ids.add(o.id()));
    if (q.key().choices().isEmpty() || !ids.containsAll(q.key().choices())) {
      return "the key names no option";
    }
    return null;
  }

  private String verbatim(Question q, Candidate c) {
    List<Evidence> all = new ArrayList<>();
    all.add(q.evidence());
    c.claims().forEach(cl -> all.add(cl.evidence()));
    for (Evidence e : all) {
      if (e == null) {
        return "no evidence";
      }
      Optional<String> text = texts.text(e.article());
      if (text.isPresent() && !EvidenceWindow.verbatim(e, text.get())) {
        return "evidence sentence not found verbatim at its offsets in " + e.article();
      }
    }
    return null;
  }

  private String claims(Candidate c) {
    for (Claim claim : c.claims()) {
      String reason = evidenceCheck.check(claim);
      if (reason != null) {
        return reason;
      }
    }
    return null;
  }

  private static String giveaway(Candidate c) {
    Question q = c.question();
    if (c.giveaway() != null && q.kind() != QuestionKind.TRUE_FALSE && NameForms.mentionsAny(ownWords(q), c.giveaway().keys())) {
      return "the stem gives the key away";
    }
    if (q.kind() == QuestionKind.SINGLE_CHOICE && !q.key().choices().isEmpty()) {
      String key = q.options().stream().filter(o -> o.id().equals(q.key().choices().get(0))).map(Choice::text).findFirst().orElse("");
      String why = Shape.standsOut(key, c.wrongOptions());
      if (why != null) {
        return "the key stands out: " + why;
      }
    }
    if (q.kind() == QuestionKind.MATCHING) {
      for (Choice p : q.premises()) {
        String answer = q.options().stream().filter(o -> o.id().equals(q.key().pairs().get(p.id()))).map(Choice::text).findFirst().orElse("");
        if (!answer.isEmpty() && NameForms.mentions(p.text(), answer)) {
          return "premise '" + Excerpts.of(p.text(), 40) + "' names its own match";
        }
      }
    }
    return null;
  }
}
