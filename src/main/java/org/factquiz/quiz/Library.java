package org.factquiz.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factquiz.content.Article;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.Body;
import org.factquiz.extract.Person;
import org.factquiz.generate.GenerationRequest;
import org.factquiz.generate.GenerationResult;
import org.factquiz.generate.Question;

/**
 * The articles, their facts and the question bank, held in memory for fast reads and persisted
 * through a {@link LibraryRepository}; teachers add articles, and question sets are generated here.
 */
public final class Library implements AliasBook {
  private final LibraryRepository repository;
  private final ContentPipeline pipeline;
  private volatile Snapshot snapshot = new Snapshot(List.of(), List.of());

  public Library(LibraryRepository repository, ContentPipeline pipeline) {
    this.repository = repository;
    this.pipeline = pipeline;
  }

  /** Loads what the database holds. */
  public void reload() {
    snapshot = new Snapshot(repository.entries(), repository.questions());
  }

  public ContentPipeline pipeline() {
    return pipeline;
  }

  public List<LibraryEntry> entries() {
    return snapshot.entries;
  }

  public Optional<LibraryEntry> entry(String articleId) {
    return Optional.ofNullable(snapshot.byArticle.get(articleId));
  }

  public List<Question> questions(QuestionFilter filter) {
    return snapshot.questions.stream().filter(filter::matches).toList();
  }

  public Optional<Question> question(String id) {
    return Optional.ofNullable(snapshot.questionById.get(id));
  }

  /** Generates questions from the whole corpus (distractors may come from any article). */
  public GenerationResult generate(GenerationRequest request) {
    List<ArticleFacts> corpus = snapshot.entries.stream().map(LibraryEntry::facts).toList();
    return pipeline.generator().generate(corpus, request);
  }

  /** Reads, extracts and generates one article a teacher pasted, and keeps it. */
  public synchronized AddedArticle add(String id, String text) {
    Article article = pipeline.parser().read(id, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ArticleFacts facts = pipeline.extractor().extract(article);
    LibraryEntry entry = new LibraryEntry(article, facts, LibraryEntry.TEACHER);
    List<ArticleFacts> corpus = new ArrayList<>();
    snapshot.entries.stream().filter(e -> !e.article().id().equals(id)).forEach(e -> corpus.add(e.facts()));
    corpus.add(facts);
    GenerationRequest request = new GenerationRequest(List.of(id), null, null, 1, 5, 0L);
    GenerationResult result = pipeline.generator().generate(corpus, request);
    repository.add(entry, result.questions());
    reload();
    return new AddedArticle(entry, result.questions());
  }

  @Override
  public List<String> formsOf(String articleId, String name) {
    LibraryEntry entry = snapshot.byArticle.get(articleId);
    if (entry == null || name == null) {
      return name == null ? List.of() : List.of(name);
    }
    String wanted = name.toLowerCase(Locale.ROOT);
    for (Person p : entry.facts().people()) {
      List<String> forms = new ArrayList<>(p.aliases());
      forms.add(0, p.name());
      if (forms.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).equals(wanted))) {
        return forms;
      }
    }
    for (Body b : entry.facts().bodies()) {
      List<String> forms = new ArrayList<>(b.aliases());
      forms.add(0, b.name());
      if (forms.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).equals(wanted))) {
        return forms;
      }
    }
    return List.of(name);
  }

  /** A teacher's article, its facts and the questions generated from it. */
  public record AddedArticle(LibraryEntry entry, List<Question> questions) {}

  private static final class Snapshot {
    final List<LibraryEntry> entries;
    final Map<String, LibraryEntry> byArticle = new LinkedHashMap<>();
    final List<Question> questions;
    final Map<String, Question> questionById = new LinkedHashMap<>();

    Snapshot(List<LibraryEntry> entries, List<Question> questions) {
      this.entries = List.copyOf(entries);
      this.questions = List.copyOf(questions);
      entries.forEach(e -> byArticle.put(e.article().id(), e));
      questions.forEach(q -> questionById.put(q.id(), q));
    }
  }
}
