package org.factquiz.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remembers a dated visit or meeting named by a noun ("Monday's talks with X in Oslo") and dates
 * a later undated sentence that tells of it with a verb ("... after X met Y") when the two share a
 * person. One instance per article; not shared between threads.
 */
final class DatedEncounters {
  private record Encounter(List<String> people, TimeValue when) {}

  private final TemporalLexicon lexicon;
  private final List<Encounter> encounters = new ArrayList<>();

  DatedEncounters(TemporalLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Records the day-dated mention nearest an encounter noun of the sentence, if any. */
  void remember(List<VerbSpotter.Word> words, List<TemporalMention> dated, List<String> people) {
    if (people.isEmpty()) {
      return;
    }
    for (VerbSpotter.Word word : words) {
      if (!lexicon.encounterNouns.contains(word.text())) {
        continue;
      }
      TemporalMention nearest = null;
      for (TemporalMention mention : dated) {
        if (mention.value().granularity() == Granularity.DAY
            && (nearest == null || distance(mention, word) < distance(nearest, word))) {
          nearest = mention;
        }
      }
      if (nearest != null) {
        encounters.add(new Encounter(people, nearest.value()));
        return;
      }
    }
  }

  /** The date of a remembered encounter this sentence tells of with a verb and a shared person. */
  Optional<TimeValue> toldIn(List<VerbSpotter.Word> words, List<String> people) {
    if (encounters.isEmpty() || words.stream().noneMatch(w -> lexicon.encounterVerbs.contains(w.text()))) {
      return Optional.empty();
    }
    return encounters.stream()
        .filter(e -> e.people().stream().anyMatch(people::contains))
        .map(Encounter::when)
        .findFirst();
  }

  private static int distance(TemporalMention mention, VerbSpotter.Word word) {
    return mention.end() <= word.start() ? word.start() - mention.end() : Math.abs(mention.start() - word.end());
  }
}
