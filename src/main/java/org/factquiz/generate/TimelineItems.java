package org.factquiz.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.extract.DatedEvent;

/**
 * The words a timeline shows for an event: its whole description when that fits on a line, else the
 * complete clause before a purpose phrase ("The council met in Oslo to discuss ..." gives "The council
 * met in Oslo"); never a cut-off one. Two items are alike when most content words of one are in the other.
 */
final class TimelineItems {
  static final int MAX = 130;
  private static final double ALIKE = 0.8;
  /** "... in Oslo to discuss ...": a purpose phrase after a name ends a complete clause. */
  private static final Pattern PURPOSE = Pattern.compile("(?<=\\p{Lu}[\\p{L}-]{1,40})\\s+to\\s+(?!the\\b|a\\b|an\\b|his\\b|her\\b|its\\b|their\\b)\\p{Ll}+\\b");
  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "by", "with", "for",
      "and", "or", "from", "as", "that", "was", "were", "is", "are");

  private TimelineItems() {}

  /** The item text for a happening with a description that stands alone, or null when none fits. */
  static String text(DatedEvent e) {
    String what = Excerpts.trimEnd(described(e)).strip();
    if (!e.isHappening() || what.contains("…") || EventQuestions.unfit(what) != null || Pronouns.unresolved(what)) {
      return null;
    }
    if (what.length() <= MAX) {
      return what;
    }
    Matcher m = PURPOSE.matcher(what);
    if (m.find() && m.start() <= MAX && what.substring(0, m.start()).split("\\s+").length >= 5) {
      return what.substring(0, m.start());
    }
    return null;
  }

  /** "The two sides" at the head of a description, which only its article explains. */
  private static final Pattern TWO_SIDES = Pattern.compile("^(?:[Tt]he two sides|[Bb]oth sides|[Tt]he two parties)\\b");

  /**
   * The event's description with "the two sides" named when the event has exactly two bodies that
   * act (not documents): "NATO and Russia signed ... the NATO-Russia Founding Act"; else as it is.
   */
  static String described(DatedEvent e) {
    Matcher m = TWO_SIDES.matcher(e.what().strip());
    if (!m.find()) {
      return e.what();
    }
    List<String> actors = e.bodies().stream().filter(b -> !Vocabulary.DOCUMENT_HEADS.contains(NameForms.lastWord(b))).toList();
    return actors.size() == 2 ? actors.get(0) + " and " + actors.get(1) + e.what().strip().substring(m.end()) : e.what();
  }


  /** Whether most content words of the shorter text are also in the other ("the meeting in Oslo", "the meeting"). */
  static boolean alike(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    Set<String> shared = new HashSet<>(x);
    shared.retainAll(y);
    return shared.size() >= ALIKE * Math.min(x.size(), y.size());
  }

  private static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : List.of(NameForms.normal(text).toLowerCase(Locale.ROOT).split("\\s+"))) {
      if (!w.isBlank() && !STOP.contains(w)) {
        out.add(w.replaceAll("s$", ""));
      }
    }
    return out;
  }
}
