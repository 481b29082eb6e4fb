package org.factquiz.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factquiz.FactQuizException;
import org.factquiz.content.Article;
import org.factquiz.content.ArticleReader;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.FactExtractor;
import org.factquiz.extract.FactsJson;
import org.factquiz.extract.RuleBasedFactExtractor;
import org.factquiz.generate.EvidenceLocator;

/**
 * The facts and texts of the articles of a content directory: extracted from each article, or read
 * from {@code <article>.facts.json} files when a facts directory is given (gold files too: evidence
 * without offsets is found in the text). A bad file is reported on {@code err} and skipped.
 */
record CorpusLoad(List<ArticleFacts> facts, Map<String, String> texts) {
  static CorpusLoad of(Path content, Path factsDir, PrintStream err) throws IOException {
    List<ArticleFacts> facts = new ArrayList<>();
    Map<String, String> texts = new LinkedHashMap<>();
    ArticleReader reader = new ArticleReader();
    FactExtractor extractor = factsDir == null ? RuleBasedFactExtractor.create() : null;
    for (Path file : ExtractCommand.inputs(List.of(content.toString()))) {
      String id = file.getFileName().toString();
      try {
        byte[] bytes = Files.readAllBytes(file);
        if (factsDir == null) {
          Article article = reader.read(id, bytes);
          texts.put(id, article.text());
          facts.add(extractor.extract(article));
        } else {
          Path f = factsDir.resolve(ExtractCommand.baseName(id) + ".facts.json");
          if (Files.exists(f)) {
            Article article = reader.read(id, bytes);
            texts.put(id, article.text());
            facts.add(EvidenceLocator.locate(FactsJson.read(f), article.text()));
          }
        }
      } catch (FactQuizException | IOException e) {
        err.println("skipped " + id + ": " + e.getMessage());
      }
    }
    return new CorpusLoad(facts, texts);
  }
}
