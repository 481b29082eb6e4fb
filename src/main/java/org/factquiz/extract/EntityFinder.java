package org.factquiz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the people and bodies an article names, by general rules on runs of capitalised words:
 * trailing name words after titles make a person, a head noun ("Ministry", "Council") or a known
 * acronym makes a body, and a lone surname or title + surname joins the person it names.
 */
final class EntityFinder {
  /** A legislator's party and state, "D-N.Y." or "R-Ky.": no body. */
  private static final java.util.regex.Pattern PARTY_STATE = java.util.regex.Pattern.compile("\\p{Lu}-\\p{Lu}[\\p{L}.]*");
  private static final Set<String> MEDIA_NOUNS = Set.of("daily", "newspaper", "weekly", "paper", "magazine", "journal", "tabloid", "broadsheet");

  private final Vocabulary vocabulary = Vocabulary.get();
  private final NameSpotter spotter = new NameSpotter();
  private final RoleReader roles = new RoleReader();
  private final AcronymDefinitions acronyms = new AcronymDefinitions();

  /** A lone name word waiting for the pass that knows every full name. */
  private record Single(SentenceView sentence, NameRun run, int nameIndex) {}

  EntityIndex find(String text, List<SentenceView> sentences, Set<String> lowerCaseWords) {
    EntityIndex index = new EntityIndex();
    List<Single> singles = new ArrayList<>();
    for (SentenceView s : sentences) {
      for (NameRun run : spotter.spot(text, s.tokens(), lowerCaseWords)) {
        classify(text, s, run, index, singles);
      }
    }
    for (Single single : singles) {
      resolveSingle(text, single, index);
    }
    acronyms.read(text, sentences, index);
    return index;
  }

  private void classify(String text, SentenceView s, NameRun run, EntityIndex index, List<Single> singles) {
    String whole = run.text();
    if (vocabulary.places.contains(whole) || PARTY_STATE.matcher(whole).matches()) {
      return;
    }
    if (run.size() <= 4 && quotedMediaName(text, s, run)) {
      body(text, s, run, index);
      return;
    }
    if (followedByLowerHead(text, s, run) || run.tokens().stream().anyMatch(t -> !t.capitalized())) {
      body(text, s, run, index);
      return;
    }
    if (vocabulary.knownBodies.containsKey(whole)) {
      knownBody(text, s, run, index);
      return;
    }
    if (vocabulary.isCountryWord(whole) && !vocabulary.adjectives.contains(whole)) {
      index.mention(Mention.ofCountry(vocabulary.countryOf.get(whole), run.start(), run.end()));
      return;
    }
    int k = run.size();
    while (k > 0 && isNameWord(run.tokens().get(k - 1))) {
      k--;
    }
    int names = run.size() - k;
    if (names >= 2 && names <= 4 && !isInitial(run.tokens().get(k))) {
      person(text, s, run, k, index);
      return;
    }
    if (names == 1) {
      singles.add(new Single(s, run, k));
      if (k > 0) {
        classify(text, s, run.sub(0, k), index, singles);
      }
      return;
    }
    body(text, s, run, index);
  }

  private void person(String text, SentenceView s, NameRun run, int k, EntityIndex index) {
    NameRun name = run.sub(k, run.size());
    PersonBuilder p = index.bySurname(name.tokens().get(name.size() - 1).text())
        .filter(found -> found.name().equals(name.text()) || found.name().endsWith(" " + name.text()))
        .orElseGet(() -> index.person(name.text(), s.evidence()));
    p.offerName(name.text());
    index.mention(Mention.of(p, run.start(), run.end()));
    addTitles(text, s, run, k, p);
    if (k > 0) {
      prefixBodies(text, s, run.sub(0, k), index);
    }
  }

  /** Ranks become an alias and a role; titles before and appositives after become roles. */
  private void addTitles(String text, SentenceView s, NameRun run, int k, PersonBuilder p) {
    List<Token> tokens = run.tokens();
    if (k > 0) {
      String prefixLast = tokens.get(k - 1).text();
      if (vocabulary.ranks.contains(prefixLast) || vocabulary.honorifics.contains(prefixLast)) {
        p.addAlias(prefixLast + " " + run.sub(k, run.size()).text());
      }
      if (vocabulary.ranks.contains(prefixLast)) {
        addRole(p, prefixLast, s);
      }
    }
    String before = roles.before(text, s, run.firstIndex(), run.firstIndex() + k);
    if (before != null && !vocabulary.ranks.contains(before)) {
      addRole(p, before, s);
    }
    String fronted = roles.fronted(text, s, run.firstIndex());
    if (fronted != null) {
      addRole(p, fronted, s);
    }
    for (String r : roles.after(text, s, run.firstIndex() + run.size() - 1)) {
      addRole(p, r, s);
    }
  }

  private static void addRole(PersonBuilder p, String role, SentenceView s) {
    for (String existing : p.roleTitles()) {
      if (existing.toLowerCase(Locale.ROOT).endsWith(role.toLowerCase(Locale.ROOT))) {
        return;
      }
    }
    p.addRole(role, s.evidence());
  }

  private void prefixBodies(String text, SentenceView s, NameRun prefix, EntityIndex index) {
    for (int i = 0; i < prefix.size(); i++) {
      Token t = prefix.tokens().get(i);
      if (vocabulary.knownBodies.containsKey(t.text())) {
        knownBody(text, s, prefix.sub(i, i + 1), index);
      } else if (vocabulary.headKind(t.text()) != null && i > 0 && !vocabulary.isRoleWord(t.text())) {
        int from = i;
        while (from > 0 && !vocabulary.isRoleHead(prefix.tokens().get(from - 1).text())
            && !prefix.tokens().get(from - 1).possessive()) {
          from--;
        }
        body(text, s, prefix.sub(from, i + 1), index);
      }
    }
  }

  private void knownBody(String text, SentenceView s, NameRun run, EntityIndex index) {
    Vocabulary.KnownBody known = vocabulary.knownBodies.get(run.text());
    String name = known.fullName() != null && known.fullName().equals(run.text()) ? run.text() : known.name();
    BodyBuilder b = index.bodyNamed(known.name()).or(() -> known.fullName() == null ? java.util.Optional.empty()
        : index.bodyNamed(known.fullName())).orElseGet(() -> index.body(name, known.kind(), s.evidence()));
    b.addAlias(run.text());
    index.mention(Mention.of(b, run.start(), run.end()));
  }

  private void body(String text, SentenceView s, NameRun run, EntityIndex index) {
    List<Token> tokens = run.tokens();
    String lowerHead = lowerHead(text, s, run);
    BodyKind kind = null;
    for (Token t : tokens) {
      BodyKind k = vocabulary.headKind(lastPart(t.text()));
      if (k != null) {
        kind = k;
      }
    }
    boolean acronym = tokens.size() == 1 && tokens.get(0).allCaps() && !vocabulary.isCountryWord(tokens.get(0).text());
    if (lowerHead != null) {
      kind = vocabulary.lowerBodyHeads.get(lowerHead);
    } else if (kind == null && !acronym) {
      if (quotedMediaName(text, s, run)) {
        kind = BodyKind.MEDIA;
      } else {
        return;
      }
    }
    if (tokens.size() == 1 && lowerHead == null && vocabulary.headKind(lastPart(tokens.get(0).text())) != null) {
      anaphor(text, run, vocabulary.headKind(lastPart(tokens.get(0).text())), index);
      return;
    }
    String name = text.substring(run.start(), run.possessive() ? run.end() - 2 : run.end());
    if (lowerHead != null && !lowerHead.equals("newspaper") && !lowerHead.equals("daily")) {
      name = name + " " + lowerHead;
    }
    final BodyKind describedKind = kind;
    if (isGenericDescription(tokens, kind) && index.lastBody(run.start(), b -> b.kind() == describedKind).isPresent()) {
      anaphor(text, run, kind, index);
      return;
    }
    if (acronym) {
      var existing = index.bodyWithAlias(name);
      if (existing.isPresent()) {
        index.mention(Mention.of(existing.get(), run.start(), run.end()));
        return;
      }
    }
    BodyBuilder b = index.body(stripCountryAdjective(name), acronym && kind == null ? BodyKind.OTHER : kind, s.evidence());
    b.addAlias(name);
    if (lowerHead != null) {
      b.addAlias("the " + text.substring(run.start(), run.end()) + " " + lowerHead);
    }
    if (precededByThe(text, run)) {
      b.addAlias("the " + name);
    }
    acronymAfter(text, run, b);
    index.mention(Mention.of(b, run.start(), run.end()));
  }

  /** "Western Alliance", "the Council": a description of a body the article already named. */
  private boolean isGenericDescription(List<Token> tokens, BodyKind kind) {
    for (int i = 0; i < tokens.size() - 1; i++) {
      String w = tokens.get(i).text();
      if (!vocabulary.adjectives.contains(w) && !w.matches("Western|Eastern|Northern|Southern|Atlantic|European|Allied")) {
        return false;
      }
    }
    return kind != null && tokens.size() >= 2 && vocabulary.headKind(tokens.get(tokens.size() - 1).text()) != null && tokens.size() <= 2;
  }

  private void anaphor(String text, NameRun run, BodyKind kind, EntityIndex index) {
    if (!precededByThe(text, run)) {
      return;
    }
    index.lastBody(run.start(), b -> b.kind() == kind).ifPresent(b -> {
      String surface = text.substring(run.start(), run.possessive() ? run.end() - 2 : run.end());
      b.addAlias("the " + surface);
      index.mention(Mention.of(b, run.start(), run.end()));
    });
  }

  /** "Name (ACR)" gives the body its acronym. */
  private static void acronymAfter(String text, NameRun run, BodyBuilder b) {
    int i = run.end();
    if (i + 2 < text.length() && text.startsWith(" (", i)) {
      int close = text.indexOf(')', i + 2);
      if (close > 0 && close - i < 12) {
        String acr = text.substring(i + 2, close);
        if (acr.matches("[\\p{Lu}/&.]{2,8}")) {
          b.addAlias(acr);
        }
      }
    }
  }

  private void resolveSingle(String text, Single single, EntityIndex index) {
    NameRun run = single.run();
    SentenceView s = single.sentence();
    Token name = run.tokens().get(single.nameIndex());
    String prefixLast = single.nameIndex() > 0 ? run.tokens().get(single.nameIndex() - 1).text() : null;
    boolean titled = prefixLast != null && (vocabulary.ranks.contains(prefixLast) || vocabulary.honorifics.contains(prefixLast)
        || vocabulary.isRoleHead(lastPart(prefixLast)) || isRoleCompound(prefixLast));
    PersonBuilder p = index.bySurname(name.text()).orElse(null);
    if (p == null && titled) {
      String full = vocabulary.honorifics.contains(prefixLast) || vocabulary.ranks.contains(prefixLast)
          ? prefixLast + " " + name.text() : name.text();
      p = index.person(full, s.evidence());
    }
    if (p == null) {
      if (quotedMediaName(text, s, run.sub(single.nameIndex(), run.size()))) {
        body(text, s, run.sub(single.nameIndex(), run.size()), index);
      }
      return;
    }
    if (titled) {
      p.addAlias(prefixLast + " " + name.text());
      addTitles(text, s, run, single.nameIndex(), p);
    } else {
      p.addAlias(name.text());
    }
    int start = titled ? run.tokens().get(single.nameIndex() - 1).start() : name.start();
    index.mention(Mention.of(p, start, run.end()));
  }

  private boolean isRoleCompound(String word) {
    for (String part : word.split("-")) {
      if (vocabulary.isRoleHead(part)) {
        return true;
      }
    }
    return false;
  }

  private boolean isNameWord(Token t) {
    String w = t.text();
    if (isInitial(t)) {
      return true;
    }
    if (!t.capitalized() || t.allCaps() || w.chars().anyMatch(Character::isDigit)) {
      return false;
    }
    return !vocabulary.isRoleWord(w) && !vocabulary.ranks.contains(w) && !vocabulary.honorifics.contains(w)
        && vocabulary.headKind(lastPart(w)) == null && !vocabulary.isCountryWord(w) && !vocabulary.adjectives.contains(w)
        && !vocabulary.knownBodies.containsKey(w) && !vocabulary.places.contains(w) && !vocabulary.functionWords.contains(w)
        && !isRoleCompound(w) && !w.contains("/");
  }

  private static boolean isInitial(Token t) {
    return t.text().length() == 2 && t.text().endsWith(".") && Character.isUpperCase(t.text().charAt(0));
  }

  private static String lastPart(String word) {
    int dash = word.lastIndexOf('-');
    return dash >= 0 && dash < word.length() - 1 ? word.substring(dash + 1) : word;
  }

  private boolean followedByLowerHead(String text, SentenceView s, NameRun run) {
    return lowerHead(text, s, run) != null;
  }

  /** A lower-case head noun right after the run: "Obama administration", "UN headquarters". */
  private String lowerHead(String text, SentenceView s, NameRun run) {
    if (run.possessive()) {
      return null;
    }
    int i = run.firstIndex() + run.size();
    List<Token> tokens = s.tokens();
    if (i >= tokens.size() || tokens.get(i).start() != run.end() + 1) {
      return null;
    }
    String next = tokens.get(i).text();
    if (i + 1 < tokens.size() && vocabulary.lowerBodyHeads.containsKey(next + " " + tokens.get(i + 1).text())) {
      return next + " " + tokens.get(i + 1).text();
    }
    return vocabulary.lowerBodyHeads.containsKey(next) ? next : null;
  }

  /** A name in quotation marks after "the daily", or followed by "wrote" / "quoted": a newspaper. */
  private boolean quotedMediaName(String text, SentenceView s, NameRun run) {
    int open = run.start() - 1;
    if (open < 0 || run.end() >= text.length() || !isQuote(text.charAt(open)) || !isQuote(text.charAt(run.end()))) {
      return false;
    }
    String before = text.substring(Math.max(s.start(), open - 25), open).toLowerCase(Locale.ROOT).strip();
    for (String noun : MEDIA_NOUNS) {
      if (before.endsWith(noun)) {
        return true;
      }
    }
    String after = text.substring(run.end() + 1, Math.min(s.end(), run.end() + 25)).strip().toLowerCase(Locale.ROOT);
    return after.startsWith("wrote") || after.startsWith("quoted") || after.startsWith("reported");
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d';
  }

  private static boolean precededByThe(String text, NameRun run) {
    int s = run.start();
    return s >= 4 && text.substring(s - 4, s).equalsIgnoreCase("the ");
  }

  private String stripCountryAdjective(String name) {
    String[] parts = name.split(" ", 2);
    if (parts.length == 2 && (vocabulary.adjectives.contains(parts[0]) || parts[0].endsWith("'s") || parts[0].endsWith("\u2019s"))
        && vocabulary.headKind(lastPart(parts[1].substring(parts[1].lastIndexOf(' ') + 1))) == BodyKind.MINISTRY) {
      return parts[1].replace('-', ' ');
    }
    return name;
  }
}
