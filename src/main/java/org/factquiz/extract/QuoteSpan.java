package org.factquiz.extract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Words inside double quotation marks; a quotation that runs over several paragraphs (each opening
 * with a mark, only the last closing) has one segment per paragraph. Offsets are of the words,
 * without the marks.
 */
record QuoteSpan(List<int[]> segments, int firstParagraph) {
  QuoteSpan {
    segments = List.copyOf(segments);
  }

  int start() {
    return segments.get(0)[0];
  }

  int end() {
    return segments.get(segments.size() - 1)[1];
  }

  String text(String article) {
    return segments.stream().map(s -> article.substring(s[0], s[1]).strip()).collect(Collectors.joining(" "));
  }

  boolean contains(int offset) {
    for (int[] s : segments) {
      if (offset >= s[0] - 1 && offset <= s[1]) {
        return true;
      }
    }
    return false;
  }

  int words(String article) {
    String t = text(article).strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
