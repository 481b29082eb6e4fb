package org.factquiz.extract;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.content.Article;
import org.factquiz.content.Paragraph;

/**
 * Pairs quotation marks paragraph by paragraph: double marks (straight or curly), or, in an article
 * that has none, curly single marks as British copy uses them (a ’ inside a word is an apostrophe).
 * A paragraph that ends inside a quotation continues it when the next paragraph opens with a mark,
 * as news copy does.
 */
final class QuoteSpanFinder {
  /** The characters that open, close or do both, in one of the two house styles. */
  private record Marks(char open, char close, char both) {
    static final Marks DOUBLE = new Marks('\u201c', '\u201d', '"');
    static final Marks SINGLE = new Marks('\u2018', '\u2019', '\u0000');

    boolean isMark(String text, int i) {
      char c = text.charAt(i);
      if (c == close && this == SINGLE) {
        return i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)); // "don’t" is no mark
      }
      return c == open || c == close || (both != 0 && c == both);
    }

    boolean opens(char c) {
      return c == open || (both != 0 && c == both);
    }
  }

  List<QuoteSpan> find(Article article) {
    String text = article.text();
    Marks marks = styleOf(text);
    List<QuoteSpan> spans = new ArrayList<>();
    List<int[]> open = null;
    int openParagraph = -1;
    List<Paragraph> paragraphs = article.paragraphs();
    for (int p = 0; p < paragraphs.size(); p++) {
      Paragraph para = paragraphs.get(p);
      int segmentStart = -1;
      if (open != null) {
        int first = firstNonSpace(text, para.start(), para.end());
        if (first < para.end() && marks.opens(text.charAt(first))) {
          segmentStart = first + 1;
        } else {
          spans.add(new QuoteSpan(open, openParagraph));
          open = null;
        }
      }
      for (int i = segmentStart >= 0 ? segmentStart : para.start(); i < para.end(); i++) {
        if (!marks.isMark(text, i)) {
          continue;
        }
        char c = text.charAt(i);
        if (segmentStart < 0) {
          if (c == marks.close()) {
            continue; // a closing mark with nothing open
          }
          segmentStart = i + 1;
          if (open == null) {
            open = new ArrayList<>();
            openParagraph = p;
          }
        } else if (c != marks.open()) {
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

  private static Marks styleOf(String text) {
    boolean doubles = text.indexOf('"') >= 0 || text.indexOf('\u201c') >= 0 || text.indexOf('\u201d') >= 0;
    return !doubles && text.indexOf('\u2018') >= 0 ? Marks.SINGLE : Marks.DOUBLE;
  }

  private static int firstNonSpace(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }
}
