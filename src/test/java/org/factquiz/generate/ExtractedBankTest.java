package org.factquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factquiz.content.Article;
import org.factquiz.content.ArticleReader;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.RuleBasedFactExtractor;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline on content/: the rule-based extractor's facts turned into questions; every
 * who-said key must be the gold speaker of that quote and every date key the gold date.
 */
class ExtractedBankTest {
  @Test
  void keysOfQuestionsFromExtractedFactsAgreeWithGold() throws IOException {
    List<ArticleFacts> facts = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    ArticleReader reader = new ArticleReader();
    RuleBasedFactExtractor extractor = RuleBasedFactExtractor.create();
    try (var files = Files.list(Path.of("content"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Article a = reader.read(f.getFileName().toString(), Files.readAllBytes(f));
        texts.put(a.id(), a.text());
        facts.add(extractor.extract(a));
      }
    }
    GenerationResult r = TemplateQuestionGenerator.of(TemplateLoader.load(Path.of("question-templates")),
        ArticleTexts.of(texts)).generate(facts, GenerationRequest.wholeBank());
    BankAudit audit = BankAudit.of(r.questions(), GoldCorpus.load());
    System.out.println("extracted-facts bank: " + audit);
    audit.disagreements.forEach(System.out::println);
    assertEquals(List.of(), audit.disagreements);
    assertEquals(List.of(), audit.duplicateOptions);
    assertEquals(List.of(), audit.notVerbatim);
    assertEquals(java.util.EnumSet.allOf(QuestionKind.class), audit.perKind.keySet(), audit.toString());
    if (facts.stream().mapToInt(f -> f.statements().size()).sum() > 20) {
      assertTrue(audit.speakerChecked >= 10, audit.toString());
    }
  }
}
