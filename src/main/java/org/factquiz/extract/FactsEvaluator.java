package org.factquiz.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Scores extracted facts against gold facts (both in the facts JSON format) with the matching
 * rules of the shared score-facts tool: entities match on any shared name form, quotes on token
 * overlap (0.8 direct, 0.6 reported), events on evidence overlap (0.8), greedy by score.
 */
public final class FactsEvaluator {
  /** The kinds of fact scored, in report order. */
  public static final List<String> KINDS = List.of("people", "roles", "bodies", "direct quotes", "reported statements", "events", "datelines");

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}_\\s]");

  private final Map<String, Tally> tallies = new LinkedHashMap<>();
  private final List<String> misses = new ArrayList<>();

  /** Counts for one kind of fact; {@code correct}/{@code judged} measure speakers or dates of matches. */
  public static final class Tally {
    int predicted;
    int gold;
    int hit;
    int correct;
    int judged;

    public double precision() {
      return predicted == 0 ? 0 : (double) hit / predicted;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) hit / gold;
    }

    public double accuracy() {
      return judged == 0 ? 0 : (double) correct / judged;
    }
  }

  public FactsEvaluator() {
    KINDS.forEach(k -> tallies.put(k, new Tally()));
  }

  public Tally tally(String kind) {
    return tallies.get(kind);
  }

  public List<String> misses() {
    return misses;
  }

  public void score(JsonNode gold, JsonNode predicted) {
    String article = gold.path("article").asText();
    List<JsonNode> gPeople = list(gold.path("people"));
    List<JsonNode> pPeople = list(predicted.path("people"));
    List<JsonNode> gBodies = list(gold.path("bodies"));
    List<JsonNode> pBodies = list(predicted.path("bodies"));
    List<JsonNode> entities = new ArrayList<>(gPeople);
    entities.addAll(gBodies);

    Tally people = tallies.get("people");
    List<int[]> pairs = greedy(pPeople, gPeople, (p, g) -> sameEntity(p, g) ? 1.0 : 0.0, 1.0);
    count(people, pPeople.size(), gPeople.size(), pairs, article, gPeople, "people", g -> g.path("name").asText());
    Tally roles = tallies.get("roles");
    for (int[] pair : pairs) {
      List<JsonNode> gRoles = list(gPeople.get(pair[1]).path("roles"));
      List<JsonNode> pRoles = list(pPeople.get(pair[0]).path("roles"));
      List<int[]> rolePairs = greedy(pRoles, gRoles, (p, g) -> overlap(p.asText(), g.asText()), 0.75);
      count(roles, pRoles.size(), gRoles.size(), rolePairs, article, gRoles, "roles", JsonNode::asText);
    }
    Tally bodies = tallies.get("bodies");
    count(bodies, pBodies.size(), gBodies.size(), greedy(pBodies, gBodies, (p, g) -> sameEntity(p, g) ? 1.0 : 0.0, 1.0),
        article, gBodies, "bodies", g -> g.path("name").asText());

    for (boolean direct : new boolean[] {true, false}) {
      String kind = direct ? "direct quotes" : "reported statements";
      List<JsonNode> gq = list(gold.path("quotes")).stream().filter(q -> q.path("direct").asBoolean() == direct).toList();
      List<JsonNode> pq = list(predicted.path("quotes")).stream().filter(q -> q.path("direct").asBoolean() == direct).toList();
      Tally t = tallies.get(kind);
      List<int[]> qp = greedy(pq, gq, (p, g) -> overlap(p.path("text").asText(), g.path("text").asText()), direct ? 0.8 : 0.6);
      count(t, pq.size(), gq.size(), qp, article, gq, kind, g -> g.path("speaker").asText() + ": " + g.path("text").asText());
      for (int[] pair : qp) {
        t.judged++;
        String resolved = resolve(pq.get(pair[0]).path("speaker").asText(), entities);
        if (gq.get(pair[1]).path("speaker").asText().equals(resolved)) {
          t.correct++;
        } else {
          misses.add(article + ": " + kind + " said by " + gq.get(pair[1]).path("speaker").asText() + ", given to "
              + pq.get(pair[0]).path("speaker").asText());
        }
      }
    }

    List<JsonNode> ge = list(gold.path("events"));
    List<JsonNode> pe = list(predicted.path("events"));
    Tally events = tallies.get("events");
    List<int[]> ep = greedy(pe, ge, (p, g) -> overlap(p.path("evidence").asText(), g.path("evidence").asText())
        + (p.path("date").asText("").equals(g.path("date").asText("")) ? 0.01 : 0.0), 0.8);
    count(events, pe.size(), ge.size(), ep, article, ge, "events", g -> g.path("date").asText() + ": " + g.path("what").asText());
    for (int[] pair : ep) {
      events.judged++;
      if (pe.get(pair[0]).path("date").asText("").equals(ge.get(pair[1]).path("date").asText(""))) {
        events.correct++;
      }
    }

    Tally datelines = tallies.get("datelines");
    JsonNode gd = gold.path("dateline");
    JsonNode pd = predicted.path("dateline");
    boolean hasGold = gd.isObject();
    boolean hasPred = pd.isObject();
    datelines.gold += hasGold ? 1 : 0;
    datelines.predicted += hasPred ? 1 : 0;
    if (hasGold && hasPred && pd.path("date").asText().equals(gd.path("date").asText())) {
      datelines.hit++;
    }
  }

  private void count(Tally t, int predicted, int gold, List<int[]> pairs, String article, List<JsonNode> golds, String kind,
      java.util.function.Function<JsonNode, String> describe) {
    t.predicted += predicted;
    t.gold += gold;
    t.hit += pairs.size();
    Set<Integer> matched = new HashSet<>();
    pairs.forEach(p -> matched.add(p[1]));
    for (int j = 0; j < golds.size(); j++) {
      if (!matched.contains(j)) {
        misses.add(article + ": missed " + kind + ": " + describe.apply(golds.get(j)));
      }
    }
  }

  /** The summary table, one line per kind, as score-facts prints it. */
  public String report() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-22s %6s %6s %5s %5s  %s%n", "kind", "P", "R", "gold", "pred", "extra"));
    tallies.forEach((kind, t) -> out.append(String.format(Locale.ROOT, "%-22s %6.3f %6.3f %5d %5d  %s%n", kind, t.precision(),
        t.recall(), t.gold, t.predicted, t.judged == 0 ? "" : (kind.equals("events") ? "date right " : "speaker right ")
            + String.format(Locale.ROOT, "%.3f", t.accuracy()))));
    return out.toString();
  }

  static String norm(String text) {
    String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
        .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
    t = NON_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return String.join(" ", t.strip().split("\\s+"));
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
    String n = norm(text);
    return n.isEmpty() ? Set.of() : new HashSet<>(List.of(n.split(" ")));
  }

  private static Set<String> namesOf(JsonNode entity) {
    Set<String> names = new HashSet<>();
    if (!entity.path("name").asText("").isEmpty()) {
      names.add(norm(entity.path("name").asText()));
    }
    entity.path("aliases").forEach(a -> names.add(norm(a.asText())));
    return names;
  }

  private static boolean sameEntity(JsonNode p, JsonNode g) {
    Set<String> a = namesOf(p);
    a.retainAll(namesOf(g));
    return !a.isEmpty();
  }

  private static String resolve(String name, List<JsonNode> entities) {
    String key = norm(name);
    for (JsonNode e : entities) {
      if (namesOf(e).contains(key)) {
        return e.path("name").asText();
      }
    }
    return null;
  }

  private static List<int[]> greedy(List<JsonNode> preds, List<JsonNode> golds, BiFunction<JsonNode, JsonNode, Double> score,
      double threshold) {
    List<double[]> candidates = new ArrayList<>();
    for (int i = 0; i < preds.size(); i++) {
      for (int j = 0; j < golds.size(); j++) {
        double s = score.apply(preds.get(i), golds.get(j));
        if (s >= threshold) {
          candidates.add(new double[] {s, i, j});
        }
      }
    }
    candidates.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : x[1] != y[1] ? Double.compare(y[1], x[1]) : Double.compare(y[2], x[2]));
    Set<Integer> usedP = new HashSet<>();
    Set<Integer> usedG = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (double[] c : candidates) {
      int i = (int) c[1];
      int j = (int) c[2];
      if (!usedP.contains(i) && !usedG.contains(j)) {
        usedP.add(i);
        usedG.add(j);
        pairs.add(new int[] {i, j});
      }
    }
    return pairs;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }
}
