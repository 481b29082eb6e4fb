package org.factquiz;

import java.nio.file.Path;
import java.util.logging.Logger;
import org.factquiz.content.ArticleReader;
import org.factquiz.extract.FactExtractor;
import org.factquiz.extract.RuleBasedFactExtractor;
import org.factquiz.generate.ArticleTexts;
import org.factquiz.generate.TemplateLoad;
import org.factquiz.generate.TemplateLoader;
import org.factquiz.generate.TemplateQuestionGenerator;
import org.factquiz.quiz.ContentPipeline;

/**
 * The production content pipeline: the article reader, the rule-based extractor and the template
 * generator with the templates of {@code FACTQUIZ_TEMPLATES_DIR} (default ./question-templates).
 * A broken template file is logged and skipped; the others still load.
 */
final class StandardPipeline {
  private static final Logger LOG = Logger.getLogger(StandardPipeline.class.getName());

  private StandardPipeline() {}

  /** A digest of the template files, so that a changed template regenerates the bank. */
  private static String digest(Path dir) {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      for (Path f : files.sorted().toList()) {
        sha.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update(java.nio.file.Files.readAllBytes(f));
      }
      return java.util.HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
      return "unreadable";
    }
  }

  static ContentPipeline create() {
    Path templates = Path.of(System.getenv().getOrDefault("FACTQUIZ_TEMPLATES_DIR", "question-templates"));
    TemplateLoad load = TemplateLoader.load(templates);
    load.errors().forEach(e -> LOG.warning("template skipped: " + e));
    FactExtractor extractor = RuleBasedFactExtractor.create();
    // Evidence comes from the extractor with the sentence verbatim, so the texts are not needed again.
    TemplateQuestionGenerator generator = TemplateQuestionGenerator.of(load, ArticleTexts.none());
    String version = "reader+rules+templates:" + digest(templates);
    return new ContentPipeline(new ArticleReader()::read, extractor, generator, version);
  }
}
