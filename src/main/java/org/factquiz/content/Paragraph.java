package org.factquiz.content;

import java.util.List;

/** One body paragraph of an article, its span in the original text and its sentences. */
public record Paragraph(int index, int start, int end, String text, List<Sentence> sentences) {
  public Paragraph {
    sentences = List.copyOf(sentences);
  }
}
