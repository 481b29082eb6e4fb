package org.factquiz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Resolves the subject of a speech verb to the people and bodies of the article: a name or alias
 * right before the verb (past adverbs, a dash-bracketed or comma appositive), "X and Y", a pronoun
 * (the latest person), "the spokesman" (the person with that role), "the paper" (the latest
 * medium), "Russian officials" (the country), or a country or capital (which then speaks as a body).
 */
final class SpeakerResolver {
  private final Vocabulary vocabulary = Vocabulary.get();
  private final EntityIndex index;
  private final String text;
  private final IntFunction<PersonBuilder> lastPersonBefore;

  SpeakerResolver(String text, EntityIndex index, IntFunction<PersonBuilder> lastPersonBefore) {
    this.text = text;
    this.index = index;
    this.lastPersonBefore = lastPersonBefore;
  }

  /** The speakers whose subject ends right before {@code verbStart} in sentence {@code s}. */
  List<Speaker> before(SentenceView s, int verbStart) {
    int end = trimAdverbs(s.start(), verbStart);
    List<Speaker> found = endingAt(s, end);
    if (!found.isEmpty()) {
      return found;
    }
    String left = text.substring(s.start(), end);
    if (left.endsWith("--") || left.endsWith("\u2014")) {
      String dash = left.endsWith("--") ? "--" : "\u2014";
      int open = left.lastIndexOf(dash, left.length() - dash.length() - 1);
      if (open > 0) {
        return endingAt(s, trimSpace(s.start(), s.start() + open));
      }
    }
    if (left.endsWith(",")) {
      int comma = s.start() + left.length() - 1;
      found = endingAt(s, trimSpace(s.start(), comma));
      int previous = left.lastIndexOf(',', left.length() - 2);
      if (previous > 0 && (found.isEmpty() || found.get(0).person() == null)) {
        List<Speaker> appositive = endingAt(s, trimSpace(s.start(), s.start() + previous));
        if (!appositive.isEmpty() && (found.isEmpty() || appositive.get(0).person() != null)) {
          return appositive;
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    if (left.endsWith(" as")) {
      return endingAt(s, trimSpace(s.start(), end - 3));
    }
    return issuer(s, end);
  }

  /** "the joint statement released at a meeting of X welcomes ...": the body that issued the statement. */
  private List<Speaker> issuer(SentenceView s, int end) {
    String left = text.substring(s.start(), end);
    String lower = left.toLowerCase(Locale.ROOT);
    int at = -1;
    for (String noun : vocabulary.statementNouns) {
      int i = lower.lastIndexOf(noun);
      if (i > at) {
        at = i;
      }
    }
    if (at < 0 || left.indexOf(',', at) >= 0) {
      return List.of();
    }
    for (Mention m : index.mentions()) {
      if (m.start() > s.start() + at && m.end() <= end && m.body() != null) {
        return List.of(new Speaker(null, m.body()));
      }
    }
    return List.of();
  }

  /** "the "words" agreed between X and Y": the people named after an attributing participle. */
  List<Speaker> afterParticiple(SentenceView s, int quoteEnd) {
    int i = quoteEnd;
    while (i < s.end() && (Character.isWhitespace(text.charAt(i)) || isQuoteMark(text.charAt(i)))) {
      i++;
    }
    int space = text.indexOf(' ', i);
    if (space < 0 || space >= s.end()) {
      return List.of();
    }
    String word = text.substring(i, space);
    String rest = text.substring(space + 1, s.end());
    if (!vocabulary.attributionParticiples.contains(word) || !(rest.startsWith("by ") || rest.startsWith("between "))) {
      return List.of();
    }
    int from = space + 1 + rest.indexOf(' ') + 1;
    List<Speaker> out = new ArrayList<>();
    for (Mention m : index.mentions()) {
      if (m.start() >= from && m.end() <= s.end()) {
        String gap = text.substring(from, m.start()).strip();
        if (!(gap.isEmpty() || gap.equals("and") || gap.equals(","))) {
          break;
        }
        Speaker sp = speakerOf(m, s);
        if (sp != null) {
          out.add(sp);
        }
        from = m.end();
      }
    }
    return out;
  }

  /** The latest document (an act, charter, concept ...) named in the sentence or the two before it. */
  Optional<Speaker> recentDocument(int from, int before) {
    BodyBuilder found = null;
    for (Mention m : index.mentions()) {
      if (m.start() >= before) {
        break;
      }
      if (m.start() >= from && m.body() != null && isDocument(m.body())) {
        found = m.body();
      }
    }
    return Optional.ofNullable(found).map(b -> new Speaker(null, b));
  }

  private boolean isDocument(BodyBuilder b) {
    String name = b.name();
    String last = name.substring(name.lastIndexOf(' ') + 1);
    return b.kind() == BodyKind.TREATY_OR_AGREEMENT || vocabulary.documentHeads.contains(last);
  }

  /** "X did A, but then made it clear": the verb follows a conjunction and its subject is the sentence's. */
  boolean elidedSubject(SentenceView s, int verbStart) {
    String left = text.substring(s.start(), trimAdverbs(s.start(), verbStart));
    return left.endsWith(" but") || left.endsWith(" and") || left.endsWith(", but") || left.endsWith(", and");
  }

  /** The speaker named right after a verb: "..., said Berg." */
  Optional<Speaker> after(SentenceView s, int verbEnd) {
    int start = skipLowerCaseTitle(s, skipSpace(verbEnd, s.end()));
    for (Mention m : index.mentions()) {
      if (m.start() == start || (m.start() == start + 4 && text.startsWith("the ", start))) {
        return Optional.ofNullable(speakerOf(m, s));
      }
      if (m.start() > start + 4) {
        break;
      }
    }
    return Optional.empty();
  }

  /** Skips a lower-case title before a name ("harbour master Olaf Dahl"): up to four words ending in a role word. */
  private int skipLowerCaseTitle(SentenceView s, int start) {
    int pos = start;
    int lastRoleEnd = -1;
    for (int n = 0; n < 4 && pos < s.end() && Character.isLowerCase(text.charAt(pos)); n++) {
      int end = pos;
      while (end < s.end() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
        end++;
      }
      if (vocabulary.isRoleWord(text.substring(pos, end))) {
        lastRoleEnd = end;
      }
      pos = skipSpace(end, s.end());
    }
    return lastRoleEnd < 0 ? start : skipSpace(lastRoleEnd, s.end());
  }

  private int skipSpace(int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  /** The first person or body named in the sentence outside quotation marks, before {@code limit}. */
  Optional<Speaker> sentenceSubject(SentenceView s, int limit, List<QuoteSpan> quotes) {
    for (Mention m : index.mentions()) {
      if (m.start() >= s.start() && m.start() < limit && quotes.stream().noneMatch(q -> q.contains(m.start()))) {
        Speaker sp = speakerOf(m, s);
        if (sp != null && !possessive(m)) {
          return Optional.of(sp);
        }
      }
    }
    return Optional.empty();
  }

  private List<Speaker> endingAt(SentenceView s, int end) {
    if (end <= s.start()) {
      return List.of();
    }
    int e = end;
    if (isQuoteMark(text.charAt(e - 1))) {
      e--;
    }
    if (text.charAt(e - 1) == ')') {
      int open = text.lastIndexOf('(', e - 1);
      if (open > s.start()) {
        List<Speaker> inside = endingAt(s, e - 1);
        if (!inside.isEmpty()) {
          return inside;
        }
        e = trimSpace(s.start(), open);
      }
    }
    for (Mention m : index.mentions()) {
      if (m.end() == e && !possessive(m)) {
        Speaker sp = speakerOf(m, s);
        if (sp == null) {
          return List.of();
        }
        List<Speaker> out = new ArrayList<>();
        out.add(sp);
        String before = text.substring(s.start(), m.start());
        if (before.endsWith(" and ")) {
          out.addAll(endingAt(s, s.start() + before.length() - 5)); // joint speakers, the one named last first
        }
        return out;
      }
    }
    String[] words = text.substring(s.start(), e).split("[\\s]+");
    if (words.length == 0) {
      return List.of();
    }
    String last = words[words.length - 1];
    String lastLower = last.toLowerCase(Locale.ROOT);
    String previous = words.length > 1 ? words[words.length - 2] : "";
    if (lastLower.equals("he") || lastLower.equals("she") || lastLower.equals("him") || lastLower.equals("her")) {
      PersonBuilder p = lastPersonBefore.apply(e);
      return p == null ? List.of() : List.of(new Speaker(p, null));
    }
    if (vocabulary.isRoleHead(lastLower) && !Character.isUpperCase(last.charAt(0))) {
      return personWithRole(lastLower, e).map(List::of).orElse(List.of());
    }
    if (lastLower.matches("paper|newspaper|daily|agency|weekly|broadcaster") && previous.equalsIgnoreCase("the")) {
      return index.lastBody(e, b -> b.kind() == BodyKind.MEDIA).map(b -> List.of(new Speaker(null, b))).orElse(List.of());
    }
    if ((lastLower.equals("agencies") || lastLower.equals("newspapers")) && words.length > 2
        && vocabulary.adjectives.contains(words[words.length - 3]) && previous.equals("news")) {
      String name = words[words.length - 3] + " news " + lastLower;
      return List.of(new Speaker(null, index.body(name, BodyKind.MEDIA, s.evidence())));
    }
    if (previous.equalsIgnoreCase("the") && !lastLower.isEmpty()) {
      BodyKind kind = lastLower.matches("company|firm|group|carrier|maker|operator|retailer|bank|club|airline|insurer|lender")
          ? BodyKind.OTHER : vocabulary.headKind(Character.toUpperCase(lastLower.charAt(0)) + lastLower.substring(1));
      if (kind != null) {
        int before = e;
        Optional<BodyBuilder> b = index.lastBody(before, x -> x.kind() == kind && x.speaker())
            .or(() -> index.lastBody(before, x -> x.kind() == kind));
        if (b.isPresent()) {
          return List.of(new Speaker(null, b.get()));
        }
      }
    }
    if (isLoneName(last, previous) && words.length >= 1) {
      // "Acme said ...": a lone capitalised name nobody introduced as a person speaks as an organisation
      return List.of(new Speaker(null, index.body(last, BodyKind.OTHER, s.evidence())));
    }
    if (vocabulary.speakerNouns.contains(lastLower) && vocabulary.adjectives.contains(previous)) {
      String country = vocabulary.countryOf.get(previous);
      String surface = text.substring(s.start(), e);
      int at = surface.lastIndexOf(previous);
      String alias = (at >= 4 && surface.substring(at - 4, at).equalsIgnoreCase("the ") ? "the " : "") + previous + " " + last;
      return List.of(countrySpeaker(country, alias, s));
    }
    return List.of();
  }

  private boolean isLoneName(String word, String previous) {
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0)) || !word.chars().allMatch(Character::isLetter)) {
      return false;
    }
    boolean alone = previous.isEmpty() || !Character.isUpperCase(previous.charAt(0)) || previous.endsWith(",")
        || vocabulary.functionWords.contains(previous);
    return alone && !vocabulary.functionWords.contains(word) && !vocabulary.isRoleWord(word) && !vocabulary.places.contains(word)
        && !vocabulary.isCountryWord(word) && !vocabulary.ranks.contains(word) && !vocabulary.honorifics.contains(word)
        && !vocabulary.givenNames.contains(word) && !word.equals(word.toUpperCase(Locale.ROOT));
  }

  private Optional<Speaker> personWithRole(String head, int before) {
    PersonBuilder found = null;
    for (Mention m : index.mentions()) {
      if (m.start() >= before) {
        break;
      }
      if (m.person() != null && m.person().roleTitles().stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(head))) {
        found = m.person();
      }
    }
    return Optional.ofNullable(found).map(p -> new Speaker(p, null));
  }

  Speaker speakerOf(Mention m, SentenceView s) {
    if (m.person() != null) {
      return new Speaker(m.person(), null);
    }
    if (m.body() != null) {
      return new Speaker(null, m.body());
    }
    String surface = text.substring(m.start(), m.end());
    boolean the = m.start() >= 4 && text.substring(m.start() - 4, m.start()).equalsIgnoreCase("the ");
    return countrySpeaker(m.country(), the ? "the " + surface : surface, s);
  }

  private Speaker countrySpeaker(String country, String alias, SentenceView s) {
    BodyBuilder b = index.body(country, BodyKind.GOVERNMENT, s.evidence());
    b.addAlias(alias);
    if (alias.startsWith("the ")) {
      b.addAlias(alias.substring(4));
    }
    return new Speaker(null, b);
  }

  private boolean possessive(Mention m) {
    return m.end() + 1 < text.length() && (text.startsWith("'s", m.end()) || text.startsWith("\u2019s", m.end()));
  }

  private int trimAdverbs(int from, int end) {
    int e = trimSpace(from, end);
    while (e > from) {
      int ws = e;
      while (ws > from && !Character.isWhitespace(text.charAt(ws - 1))) {
        ws--;
      }
      String word = text.substring(ws, e);
      String lower = word.toLowerCase(Locale.ROOT);
      boolean adverb = vocabulary.speechAdverbs.contains(lower) || (lower.endsWith("ly") && lower.length() > 4
          && Character.isLowerCase(word.charAt(0)) && lower.chars().allMatch(Character::isLetter));
      if (!adverb || ws == from) {
        break;
      }
      e = trimSpace(from, ws);
    }
    return e;
  }

  private int trimSpace(int from, int end) {
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static boolean isQuoteMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\u2019';
  }
}
