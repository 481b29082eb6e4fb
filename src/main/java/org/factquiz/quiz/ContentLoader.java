package org.factquiz.quiz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.factquiz.FactQuizException;
import org.factquiz.content.Article;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.generate.GenerationRequest;
import org.factquiz.generate.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the articles of a content directory into the library: read, extracted and generated
 * only when the fingerprint (every file's name and bytes, and the pipeline version) changed.
 */
public final class ContentLoader {
  private static final Logger LOG = LoggerFactory.getLogger(ContentLoader.class);
  private final LibraryRepository repository;
  private final ContentPipeline pipeline;

  public ContentLoader(LibraryRepository repository, ContentPipeline pipeline) {
    this.repository = repository;
    this.pipeline = pipeline;
  }

  /** Returns true when the content was (re)generated, false when the stored library was current. */
  public boolean load(Path contentDir) {
    List<Path> files = articleFiles(contentDir);
    String fingerprint = fingerprint(files, pipeline.version());
    if (repository.contentFingerprint().filter(fingerprint::equals).isPresent()) {
      return false;
    }
    List<LibraryEntry> entries = new ArrayList<>();
    for (Path file : files) {
      String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
      try {
        Article article = pipeline.parser().read(id, Files.readAllBytes(file));
        ArticleFacts facts = pipeline.extractor().extract(article);
        entries.add(new LibraryEntry(article, facts, LibraryEntry.CONTENT));
      } catch (IOException | FactQuizException e) {
        LOG.warn("skipping article {}: {}", file, e.getMessage());
      }
    }
    List<String> ids = entries.stream().map(e -> e.article().id()).toList();
    List<Question> questions = ids.isEmpty() ? List.of()
        : pipeline.generator().generate(entries.stream().map(LibraryEntry::facts).toList(),
            new GenerationRequest(ids, null, null, 1, 5, 0L)).questions();
    repository.replaceContent(fingerprint, entries, questions);
    LOG.info("content generated: {} articles, {} questions", entries.size(), questions.size());
    return true;
  }

  static List<Path> articleFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      LOG.warn("content directory {} does not exist; starting with no articles", dir);
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new FactQuizException("cannot list content directory " + dir + ": " + e.getMessage(), e);
    }
  }

  static String fingerprint(List<Path> files, String pipelineVersion) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(pipelineVersion.getBytes(StandardCharsets.UTF_8));
      for (Path f : files) {
        sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Files.readAllBytes(f));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new FactQuizException("cannot read content: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
