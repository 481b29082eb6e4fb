package org.factquiz.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.factquiz.extract.BodyKind;
import org.factquiz.extract.Granularity;

/**
 * Picks wrong options a teacher would accept: of the answer's type (a person for a person, a body of
 * the same kind, a date of the same granularity near the true one, a role for a role), from the
 * same article first and then the corpus; never the answer under another name, never another true
 * answer, never named in the evidence, never twice, and alike in shape. Deterministic per seed.
 */
final class DistractorPicker {
  /**
   * Bodies of these kinds can stand in for each other when an article has too few of the exact kind.
   * A government and its ministries, parliament or parties never do: one may speak for the other.
   */
  private static final List<Set<BodyKind>> KIN = List.of(
      Set.of(BodyKind.ALLIANCE, BodyKind.INTERNATIONAL_ORGANIZATION, BodyKind.COUNCIL),
      Set.of(BodyKind.TREATY_OR_AGREEMENT, BodyKind.PROGRAMME),
      Set.of(BodyKind.MILITARY, BodyKind.OTHER));

  private final CorpusIndex index;

  DistractorPicker(CorpusIndex index) {
    this.index = index;
  }

  /**
   * Wrong speakers or holders for {@code key}: same type, not {@code alsoTrue} (others who said or
   * hold the same), not named in {@code passage}, and no journalist writing an article (offered as
   * a speaker, the reporter would be a trick: she wrote every word).
   */
  List<Named> entities(Named key, List<Named> alsoTrue, String passage, int n, Random random) {
    String folded = NameForms.padded(passage);
    Predicate<Named> allowed = c -> !c.sameAs(key) && !c.nameWithin(key)
        && alsoTrue.stream().noneMatch(c::sameAs)
        && !index.reportsFor(c.article(), c)
        && !NameForms.mentionedIn(folded, c.forms())
        && NameForms.normal(c.name()).length() > 1;
    List<Named> picked = new ArrayList<>();
    // from other articles, those of the key's time first: a name from years apart is ruled out unread
    Predicate<Named> ofItsTime = c -> index.sameTime(c.article(), key.article());
    if (key.person()) {
      fill(picked, index.people(key.article()), allowed, n, random);
      fill(picked, index.corpusPeople(), allowed.and(ofItsTime), n, random);
      fill(picked, index.corpusPeople(), allowed, n, random);
      return picked;
    }
    Predicate<Named> sameKind = c -> !c.person() && c.kind() == key.kind()
        && (key.kind() != BodyKind.GOVERNMENT || Shape.properName(c.name()) == Shape.properName(key.name()));
    // bodies of a like shape first: an acronym among acronyms, a short name among short names
    Predicate<Named> alike = c -> Shape.alike(c.name(), key.name());
    fill(picked, index.bodies(key.article()), sameKind.and(allowed).and(alike), n, random);
    fill(picked, index.corpusBodies(), sameKind.and(allowed).and(alike).and(ofItsTime), n, random);
    fill(picked, index.corpusBodies(), sameKind.and(allowed).and(alike), n, random);
    fill(picked, index.bodies(key.article()), sameKind.and(allowed), n, random);
    fill(picked, index.corpusBodies(), sameKind.and(allowed), n, random);
    Predicate<Named> kin = c -> !c.person() && KIN.stream().anyMatch(k -> k.contains(key.kind()) && k.contains(c.kind()));
    fill(picked, index.bodies(key.article()), kin.and(allowed), n, random);
    fill(picked, index.corpusBodies(), kin.and(allowed), n, random);
    return picked;
  }

  /**
   * Wrong bodies for a "which bodies took part" question: not a key, not named in the passage; of a
   * key's kind first (a ministry beside a ministry), then of a kindred kind (an alliance beside a
   * council), then any, the article's before the corpus's.
   */
  List<Named> bodies(List<Named> keys, String passage, String article, int n, Random random) {
    String folded = NameForms.padded(passage);
    Predicate<Named> allowed = c -> keys.stream().noneMatch(c::sameAs) && !NameForms.mentionedIn(folded, c.forms());
    Predicate<Named> likeAKey = c -> keys.stream().anyMatch(k -> k.kind() == c.kind());
    Predicate<Named> kinOfAKey = c -> keys.stream().anyMatch(k -> KIN.stream().anyMatch(s -> s.contains(k.kind()) && s.contains(c.kind())));
    List<Named> picked = new ArrayList<>();
    for (Predicate<Named> like : List.of(likeAKey, kinOfAKey, (Predicate<Named>) c -> true)) {
      fill(picked, index.bodies(article), allowed.and(like), n, random);
      fill(picked, index.corpusBodies(), allowed.and(like), n, random);
    }
    return picked;
  }

  /**
   * Roles of other people for "what role did X hold": not a role of X (under any of its names), not
   * the key role reworded, and of a shape like the key's (capitalised title or lower-case description).
   */
  List<String> roles(Named holder, String keyRole, int n, Random random) {
    List<String> own = new ArrayList<>();
    own.add(keyRole);
    for (CorpusIndex.RoleEntry e : index.roles(holder.article())) {
      if (e.holder().sameAs(holder)) {
        own.add(e.role());
      }
    }
    // a rank ("Marshal") beside offices answers itself: ranks go with ranks only
    boolean rank = Vocabulary.RANKS.contains(keyRole.strip());
    Predicate<CorpusIndex.RoleEntry> allowed = e -> !e.holder().sameAs(holder)
        && own.stream().noneMatch(r -> overlaps(r, e.role()))
        && Shape.alike(keyRole, e.role())
        && Vocabulary.RANKS.contains(e.role().strip()) == rank;
    List<String> texts = new ArrayList<>();
    Predicate<CorpusIndex.RoleEntry> fresh = e -> texts.stream().noneMatch(t -> overlaps(t, e.role()));
    // roles of the key's kind first ("Foreign Minister" against "Defense Minister", one correspondent
    // against another): a false "NATO Secretary-General" for a Russian minister answers itself
    String head = lastWord(keyRole);
    Predicate<CorpusIndex.RoleEntry> sameKind = e -> lastWord(e.role()).equals(head);
    List<CorpusIndex.RoleEntry> ordered = new ArrayList<>();
    for (List<CorpusIndex.RoleEntry> pool : List.of(index.roles(holder.article()), index.corpusRoles())) {
      shuffled(pool, random).stream().filter(sameKind).forEach(ordered::add);
    }
    for (List<CorpusIndex.RoleEntry> pool : List.of(index.roles(holder.article()), index.corpusRoles())) {
      shuffled(pool, random).stream().filter(sameKind.negate()).forEach(ordered::add);
    }
    for (CorpusIndex.RoleEntry e : ordered) {
      if (texts.size() < n && allowed.test(e) && fresh.test(e)) {
        texts.add(e.role());
      }
    }
    return texts;
  }

  private static String lastWord(String text) {
    String[] words = NameForms.normal(text).split(" ");
    return words[words.length - 1];
  }

  /** Other people holding {@code role} in the article: true answers a "who held" question must leave out. */
  List<Named> holdersOf(String role, String article) {
    return index.roles(article).stream().filter(e -> overlaps(e.role(), role)).map(CorpusIndex.RoleEntry::holder).toList();
  }

  /**
   * Dates of the key's granularity near it: the article's and corpus dates within a short distance
   * first, then the key moved by one to four units; none overlapping the key, none twice.
   */
  List<DateValue> dates(DateValue key, String article, int n, Random random) {
    long span = Math.max(31, key.end().toEpochDay() - key.start().toEpochDay() + 1);
    // a range is only set against ranges of the same width: "10 to 16 January" beside "1 to 21 January" stands out
    Predicate<DateValue> near = d -> d.granularity() == key.granularity() && d.yearKnown() == key.yearKnown()
        && Math.abs(d.start().toEpochDay() - key.start().toEpochDay()) <= 6 * span
        && (key.granularity() != Granularity.RANGE || width(d) == width(key));
    List<DateValue> picked = new ArrayList<>();
    Predicate<DateValue> allowed = d -> !d.overlaps(key) && picked.stream().noneMatch(p -> p.overlaps(d) || p.display().equals(d.display()));
    for (List<DateValue> pool : List.of(index.dates(article), index.corpusDates())) {
      for (DateValue d : shuffled(pool, random)) {
        if (picked.size() < n / 2 && near.test(d) && allowed.test(d)) {
          picked.add(d);
        }
      }
    }
    List<Integer> steps = new ArrayList<>(List.of(-1, 1, -2, 2, -3, 3, 4, -4));
    Collections.shuffle(steps, random);
    for (int step : steps) {
      DateValue d = key.shifted(step);
      if (picked.size() < n && allowed.test(d)) {
        picked.add(d);
      }
    }
    return picked;
  }

  private static long width(DateValue d) {
    return d.end().toEpochDay() - d.start().toEpochDay();
  }

  private static <T extends Named> void fill(List<Named> picked, List<T> pool, Predicate<Named> allowed, int n, Random random) {
    for (Named c : shuffled(pool, random)) {
      if (picked.size() >= n) {
        return;
      }
      // a body named by a bare adjective ("Russian") is no organisation to offer
      if (allowed.test(c) && picked.stream().noneMatch(c::sameAs) && !(!c.person() && Vocabulary.DEMONYMS.contains(c.name()))) {
        picked.add(c);
      }
    }
  }

  static <T> List<T> shuffled(List<T> pool, Random random) {
    List<T> copy = new ArrayList<>(pool);
    Collections.shuffle(copy, random);
    return copy;
  }

  /** True when one role is the other reworded (equal, or one containing the other, ignoring case and dashes). */
  static boolean overlaps(String a, String b) {
    String x = " " + NameForms.normal(a) + " ";
    String y = " " + NameForms.normal(b) + " ";
    return x.contains(y) || y.contains(x) || QuestionValidator.nearlyEqual(x.strip(), y.strip());
  }
}
