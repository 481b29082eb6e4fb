package org.factquiz.content;

import java.util.List;
import java.util.Optional;

/**
 * A read article: its id (the file name), the original text, and what the reader found in it.
 * Every span points into {@link #text()}.
 */
public record Article(String id, String text, String title, Dateline dateline, List<Paragraph> paragraphs) {
  public Article {
    paragraphs = List.copyOf(paragraphs);
  }

  public Optional<Dateline> datelineIfAny() {
    return Optional.ofNullable(dateline);
  }

  /** The lede: the first body paragraph, or empty when the article has none. */
  public Optional<Paragraph> lede() {
    return paragraphs.isEmpty() ? Optional.empty() : Optional.of(paragraphs.get(0));
  }

  public List<Sentence> sentences() {
    return paragraphs.stream().flatMap(p -> p.sentences().stream()).toList();
  }
}
