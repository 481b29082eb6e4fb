package org.factquiz.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Scores extracted events against gold events the way tools/score-facts does: events pair up
 * greedily by evidence token overlap (at least 0.8, a matching date breaking ties), and dates are
 * judged on the pairs.
 */
final class EventScorer {
  int predicted;
  int gold;
  int hits;
  int datesRight;
  final List<String> misses = new ArrayList<>();

  void score(String article, List<DatedEvent> events, JsonNode goldEvents) {
    predicted += events.size();
    gold += goldEvents.size();
    record Candidate(double score, int pred, int gold) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      for (int j = 0; j < goldEvents.size(); j++) {
        JsonNode g = goldEvents.get(j);
        double s = overlap(events.get(i).evidence().sentence(), g.path("evidence").asText(""))
            + (sameDate(events.get(i), g) ? 0.01 : 0.0);
        if (s >= 0.8) {
          candidates.add(new Candidate(s, i, j));
        }
      }
    }
    candidates.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
        : a.pred() != b.pred() ? Integer.compare(b.pred(), a.pred()) : Integer.compare(b.gold(), a.gold()));
    Set<Integer> usedPred = new HashSet<>();
    Set<Integer> usedGold = new HashSet<>();
    for (Candidate c : candidates) {
      if (usedPred.contains(c.pred()) || usedGold.contains(c.gold())) {
        continue;
      }
      usedPred.add(c.pred());
      usedGold.add(c.gold());
      hits++;
      JsonNode g = goldEvents.get(c.gold());
      if (sameDate(events.get(c.pred()), g)) {
        datesRight++;
      } else {
        misses.add(article + ": date of '" + g.path("what").asText() + "': gold " + goldDate(g) + ", got "
            + events.get(c.pred()).when().iso());
      }
    }
    for (int j = 0; j < goldEvents.size(); j++) {
      if (!usedGold.contains(j)) {
        misses.add(article + ": missed " + goldDate(goldEvents.get(j)) + " " + goldEvents.get(j).path("what").asText());
      }
    }
    for (int i = 0; i < events.size(); i++) {
      if (!usedPred.contains(i)) {
        DatedEvent e = events.get(i);
        misses.add(article + ": spurious " + e.when().iso() + " " + e.what());
      }
    }
  }

  double precision() {
    return predicted == 0 ? 0 : (double) hits / predicted;
  }

  double recall() {
    return gold == 0 ? 0 : (double) hits / gold;
  }

  double dateAccuracy() {
    return hits == 0 ? 0 : (double) datesRight / hits;
  }

  private static boolean sameDate(DatedEvent event, JsonNode gold) {
    return Objects.equals(event.when().iso(), goldDate(gold));
  }

  private static String goldDate(JsonNode gold) {
    JsonNode date = gold.get("date");
    return date == null || date.isNull() ? null : date.asText();
  }

  static double overlap(String a, String b) {
    Set<String> ta = tokens(a);
    Set<String> tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return 0.0;
    }
    Set<String> common = new HashSet<>(ta);
    common.retainAll(tb);
    return (double) common.size() / Math.min(ta.size(), tb.size());
  }

  private static Set<String> tokens(String text) {
    String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}_\\s]", " ");
    Set<String> out = new HashSet<>(Arrays.asList(t.trim().split("\\s+")));
    out.remove("");
    return out;
  }
}
