package org.factquiz.extract;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.content.Article;
import org.factquiz.content.Paragraph;

/**
 * Pairs double quotation marks (straight or curly) paragraph by paragraph. A paragraph that ends
 * inside a quotation continues it when the next paragraph opens with a mark, as news copy does.
 */
final class QuoteSpanFinder {
  List<QuoteSpan> find(Article article) {
    String text = article.text();
    List<QuoteSpan> spans = new ArrayList<>();
    List<int[]> open = null;
    int openParagraph = -1;
    List<Paragraph> paragraphs = article.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      int segmentStart = -1;
      if (open != null) {
        int first = firstNonSpace(text, para.start(), para.end());
        if (first < para.end() && isOpening(text.charAt(first))) {
          segmentStart = first + 1;
        } else {
          spans.add(new QuoteSpan(open, openParagraph));
          open = null;
        }
      }
      for (int i = segmentStart >= 0 ? segmentStart : para.start(); i < para.end(); i++) {
        char c = text.charAt(i);
        if (!isMark(c)) {
          continue;
        }
        if (segmentStart < 0 && (c != '\u201d' || open == null)) {
          if (c == '\u201d') {
            continue; // a closing mark with nothing open
          }
          segmentStart = i + 1;
          if (open == null) {
            open = new ArrayList<>();
            openParagraph = p;
          }
        } else if (segmentStart >= 0 && c != '\u201c') {
          open.add(new int[] {segmentStart, i});
          spans.add(new QuoteSpan(open, openParagraph));
          open = null;
          segmentStart = -1;
        }
      }
      if (segmentStart >= 0) {
        open.add(new int[] {segmentStart, para.end()});
      }
    }
    if (open != null) {
      spans.add(new QuoteSpan(open, openParagraph));
    }
    spans.removeIf(s -> s.text(text).isBlank());
    return spans;
  }

  private static boolean isMark(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d';
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '\u201c';
  }

  private static int firstNonSpace(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }
}
