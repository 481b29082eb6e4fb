package org.factquiz.export;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.generate.Question;

/**
 * The feedback every export carries: the question's own feedback, the evidence sentence and the
 * source article (title and dateline), as plain paragraphs or as escaped HTML.
 */
record Provenance(String feedback, String evidence, String source) {

  static Provenance of(Question q) {
    String feedback = blankToNull(q.feedback());
    String evidence = q.evidence() == null ? null : blankToNull(q.evidence().sentence());
    String source = null;
    if (q.source() != null) {
      String title = blankToNull(q.source().title());
      String dateline = blankToNull(q.source().dateline());
      if (title != null && dateline != null) {
        source = title + " (" + dateline + ")";
      } else {
        source = title != null ? title : dateline;
      }
    }
    // generated feedback often quotes the sentence or cites the source already: say it once
    if (feedback != null && evidence != null
        && (feedback.contains(evidence) || Whitespace.oneLine(feedback).contains(Whitespace.oneLine(evidence)))) {
      evidence = null;
    }
    if (feedback != null && q.source() != null && source != null && contains(feedback, q.source().title())
        && contains(feedback, q.source().dateline())) {
      source = null;
    }
    return new Provenance(feedback, evidence, source);
  }

  /** The paragraphs in reading order: feedback, "Evidence: ...", "Source: ...". */
  List<String> paragraphs() {
    List<String> out = new ArrayList<>();
    if (feedback != null) {
      out.add(feedback);
    }
    if (evidence != null) {
      out.add("Evidence: \u201c" + evidence + "\u201d");
    }
    if (source != null) {
      out.add("Source: " + source);
    }
    return out;
  }

  /** All paragraphs on one line, separated by spaces. */
  String plain() {
    return Whitespace.oneLine(String.join(" ", paragraphs()));
  }

  /** All paragraphs as escaped HTML {@code <p>} elements. */
  String html() {
    StringBuilder out = new StringBuilder();
    for (String p : paragraphs()) {
      out.append("<p>").append(Markup.escape(p)).append("</p>");
    }
    return out.toString();
  }

  private static boolean contains(String text, String part) {
    return part == null || part.isBlank() || text.contains(part.strip());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
