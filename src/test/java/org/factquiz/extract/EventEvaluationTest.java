package org.factquiz.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.factquiz.content.Article;
import org.factquiz.content.ArticleReader;
import org.junit.jupiter.api.Test;

/**
 * Measures event extraction over content/ against the gold events, with people and bodies taken
 * from the gold so that only the events part is measured; fails below the bars.
 */
class EventEvaluationTest {
  private static final Path CONTENT = Path.of("content");

  @Test
  void meetsTheEventBarsOnTheDevelopmentArticles() throws IOException {
    EventScorer scorer = new EventScorer();
    ArticleReader reader = new ArticleReader();
    EventExtractor extractor = new EventExtractor();
    ObjectMapper json = new ObjectMapper();
    List<Path> articles;
    try (Stream<Path> files = Files.list(CONTENT)) {
      articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path file : articles) {
      String id = file.getFileName().toString();
      JsonNode gold;
      try (InputStream in = getClass().getResourceAsStream("/gold/" + id.replace(".txt", ".facts.json"))) {
        gold = json.readTree(in);
      }
      Article article = reader.read(id, Files.readAllBytes(file));
      List<DatedEvent> events = extractor.extract(article, people(gold), bodies(gold));
      scorer.score(id, events, gold.path("events"));
      if (Boolean.getBoolean("events.verbose")) {
        events.forEach(e -> System.out.println(id + " | " + e.when().iso() + " | " + e.what() + " | " + e.people() + " " + e.bodies()));
      }
    }
    String report = String.format(Locale.ROOT, "events P %.3f R %.3f date right %.3f (gold %d, predicted %d, hits %d)%n  %s",
        scorer.precision(), scorer.recall(), scorer.dateAccuracy(), scorer.gold, scorer.predicted, scorer.hits,
        String.join("\n  ", scorer.misses));
    System.out.println(report);
    assertTrue(scorer.precision() >= 0.70, report);
    assertTrue(scorer.recall() >= 0.80, report);
    assertTrue(scorer.dateAccuracy() >= 0.90, report);
  }

  private static List<Person> people(JsonNode gold) {
    List<Person> people = new ArrayList<>();
    for (JsonNode p : gold.path("people")) {
      people.add(new Person(p.path("name").asText(), strings(p.path("aliases")), strings(p.path("roles")), null));
    }
    return people;
  }

  private static List<Body> bodies(JsonNode gold) {
    List<Body> bodies = new ArrayList<>();
    for (JsonNode b : gold.path("bodies")) {
      bodies.add(new Body(b.path("name").asText(), strings(b.path("aliases")), BodyKind.fromWireName(b.path("kind").asText()), null));
    }
    return bodies;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
