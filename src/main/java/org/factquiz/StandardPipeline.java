package org.factquiz;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.factquiz.content.Article;
import org.factquiz.content.ArticleReader;
import org.factquiz.extract.RuleBasedFactExtractor;
import org.factquiz.generate.TemplateLoad;
import org.factquiz.generate.TemplateLoader;
import org.factquiz.generate.TemplateQuestionGenerator;
import org.factquiz.quiz.ContentPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production content pipeline: the article reader, the rule-based extractor and the template
 * generator. Its version hashes the templates and the build, so either changing regenerates content.
 */
final class StandardPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(StandardPipeline.class);

  private StandardPipeline() {}

  /**
   * The pipeline; its extractor and generator are built when first used, or in the background a
   * few seconds after {@code serving} opens (once the server listens), whichever comes first.
   */
  static ContentPipeline create(Path templatesDir, CountDownLatch serving) {
    ArticleReader reader = new ArticleReader();
    Map<String, String> texts = new ConcurrentHashMap<>();
    Lazy<TemplateQuestionGenerator> generator = new Lazy<>(() -> {
      TemplateLoad templates = TemplateLoader.load(templatesDir);
      templates.errors().forEach(e -> LOG.warn("template skipped: {}", e));
      return TemplateQuestionGenerator.of(templates, id -> Optional.ofNullable(texts.get(id)));
    });
    Lazy<RuleBasedFactExtractor> extractor = new Lazy<>(RuleBasedFactExtractor::create);
    // Built off the start-up path: a server whose content is current never waits for them (nor
    // shares the CPU with them before its first requests), and they are ready in the background by
    // the time a teacher pastes an article.
    Thread warmUp = new Thread(() -> {
      try {
        serving.await();
        Thread.sleep(5000);
      } catch (InterruptedException e) {
        return;
      }
      extractor.get();
      generator.get();
    }, "factquiz-pipeline-warm-up");
    warmUp.setDaemon(true);
    warmUp.setPriority(Thread.MIN_PRIORITY);
    warmUp.start();
    return new ContentPipeline((id, bytes) -> {
      Article article = reader.read(id, bytes);
      texts.put(id, article.text());
      return article;
    }, article -> extractor.get().extract(article), (corpus, request) -> generator.get().generate(corpus, request),
        version(templatesDir));
  }

  /** A value built once, on first use, by whichever thread asks first. */
  private static final class Lazy<T> {
    private final java.util.function.Supplier<T> factory;
    private volatile T value;

    Lazy(java.util.function.Supplier<T> factory) {
      this.factory = factory;
    }

    T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          if (value == null) {
            value = factory.get();
          }
          v = value;
        }
      }
      return v;
    }
  }

  /** A hash of every template file and of the build (the jar's size and time, when running from one). */
  static String version(Path templatesDir) {
    try (Stream<Path> files = Files.isDirectory(templatesDir) ? Files.list(templatesDir) : Stream.empty()) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        sha.update(Files.readAllBytes(f));
      }
      sha.update(build().getBytes(StandardCharsets.UTF_8));
      return "templates+build:" + HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new FactQuizException("cannot read the templates in " + templatesDir + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String build() {
    try {
      Path code = Path.of(StandardPipeline.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(code) ? Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis() : "classes";
    } catch (IOException | URISyntaxException | SecurityException e) {
      return "unknown";
    }
  }

}
