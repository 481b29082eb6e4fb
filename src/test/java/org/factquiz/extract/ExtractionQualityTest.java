package org.factquiz.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factquiz.content.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Scores the whole extractor over content/ against the gold facts and holds it to the bars. */
class ExtractionQualityTest {
  private static final FactsEvaluator EVALUATOR = new FactsEvaluator();

  @BeforeAll
  static void extractTheCorpus() throws IOException {
    ArticleReader reader = new ArticleReader();
    FactExtractor extractor = RuleBasedFactExtractor.create();
    ObjectMapper json = new ObjectMapper();
    List<Path> articles;
    try (Stream<Path> files = Files.list(Path.of("content"))) {
      articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(articles.size() >= 5, "the development corpus is in content/");
    for (Path file : articles) {
      String id = file.getFileName().toString();
      JsonNode gold;
      try (InputStream in = ExtractionQualityTest.class.getResourceAsStream("/gold/" + id.replace(".txt", ".facts.json"))) {
        gold = json.readTree(in);
      }
      ArticleFacts facts = extractor.extract(reader.read(id, Files.readAllBytes(file)));
      EVALUATOR.score(gold, FactsJson.toJson(facts));
    }
    System.out.println(EVALUATOR.report());
    EVALUATOR.misses().forEach(m -> System.out.println("  " + m));
  }

  private static Executable atLeast(String kind, String measure, double value, double bar) {
    return () -> assertTrue(value >= bar, kind + " " + measure + " " + value + " is below " + bar + "\n" + EVALUATOR.report());
  }

  private static Executable[] bars(String kind, double precision, double recall) {
    FactsEvaluator.Tally t = EVALUATOR.tally(kind);
    return new Executable[] {atLeast(kind, "precision", t.precision(), precision), atLeast(kind, "recall", t.recall(), recall)};
  }

  @Test
  void directQuotesMeetTheBars() {
    assertAll(bars("direct quotes", 0.95, 0.95));
    assertAll(atLeast("direct quotes", "speaker right", EVALUATOR.tally("direct quotes").accuracy(), 0.95));
  }

  @Test
  void reportedStatementsMeetTheBars() {
    assertAll(bars("reported statements", 0.80, 0.80));
    assertAll(atLeast("reported statements", "speaker right", EVALUATOR.tally("reported statements").accuracy(), 0.90));
  }

  @Test
  void peopleAndRolesMeetTheBars() {
    assertAll(bars("people", 0.90, 0.95));
    assertAll(atLeast("roles", "recall", EVALUATOR.tally("roles").recall(), 0.85));
  }

  @Test
  void bodiesMeetTheBars() {
    assertAll(bars("bodies", 0.85, 0.90));
  }

  @Test
  void eventsMeetTheBars() {
    assertAll(bars("events", 0.70, 0.80));
    assertAll(atLeast("events", "date right", EVALUATOR.tally("events").accuracy(), 0.90));
  }

  @Test
  void datelinesAreAllFoundAndRight() {
    assertAll(bars("datelines", 1.0, 1.0));
  }
}
