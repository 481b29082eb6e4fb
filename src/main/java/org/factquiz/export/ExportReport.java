package org.factquiz.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.factquiz.generate.QuestionKind;

/**
 * What an export did: how many questions it wrote, which it left out and why, which it adapted
 * (e.g. ordering written as matching to positions), and notes on the format as a whole.
 */
public record ExportReport(
    String format, int total, int exported, List<Omission> omitted, List<Omission> adapted, List<String> notes) {
  public ExportReport {
    omitted = List.copyOf(omitted);
    adapted = List.copyOf(adapted);
    notes = List.copyOf(notes);
  }

  /** Omitted questions counted per kind, in kind order. */
  public Map<QuestionKind, Integer> omittedByKind() {
    Map<QuestionKind, Integer> counts = new TreeMap<>();
    omitted.forEach(o -> counts.merge(o.kind(), 1, Integer::sum));
    return counts;
  }

  /** One ASCII line for an HTTP header: counts and left-out kinds, no question text. */
  public String headerValue() {
    Map<String, Integer> kinds = new LinkedHashMap<>();
    omittedByKind().forEach((k, n) -> kinds.put(k.wireName(), n));
    String left = kinds.isEmpty() ? "none" : kinds.toString().replaceAll("[{} ]", "");
    return String.format(Locale.ROOT, "format=%s; exported=%d; omitted=%d; adapted=%d; left-out=%s",
        format, exported, omitted.size(), adapted.size(), left);
  }

  /** The report as lines of text, for the command line and for package manifests. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%s: exported %d of %d question(s), left out %d, adapted %d",
        format, exported, total, omitted.size(), adapted.size()));
    omitted.forEach(o -> lines.add("  left out " + o));
    adapted.forEach(o -> lines.add("  adapted  " + o));
    notes.forEach(n -> lines.add("  note: " + n));
    return lines;
  }
}
