package org.factquiz.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;

/** The kinds × articles table that {@code generate} prints: questions per kind and article, with totals. */
final class SummaryTable {
  private SummaryTable() {}

  static String of(List<Question> questions) {
    Map<String, int[]> rows = new TreeMap<>();
    QuestionKind[] kinds = QuestionKind.values();
    for (Question q : questions) {
      rows.computeIfAbsent(q.source().article(), k -> new int[kinds.length])[q.kind().ordinal()]++;
    }
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>(List.of(String.format(Locale.ROOT, "%-28s", "article")));
    for (QuestionKind k : kinds) {
      header.add(String.format(Locale.ROOT, "%8s", abbreviation(k)));
    }
    header.add(String.format(Locale.ROOT, "%7s", "total"));
    out.append(String.join("", header)).append('\n');
    int[] totals = new int[kinds.length];
    rows.forEach((article, counts) -> {
      out.append(row(article, counts));
      for (int i = 0; i < counts.length; i++) {
        totals[i] += counts[i];
      }
    });
    out.append(row("total", totals));
    out.append("kinds: ");
    for (QuestionKind k : kinds) {
      out.append(abbreviation(k)).append('=').append(k.wireName()).append(k.ordinal() < kinds.length - 1 ? ", " : "\n");
    }
    return out.toString();
  }

  private static String row(String label, int[] counts) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-28s", label.length() > 27 ? label.substring(0, 27) : label));
    int sum = 0;
    for (int c : counts) {
      b.append(String.format(Locale.ROOT, "%8d", c));
      sum += c;
    }
    return b.append(String.format(Locale.ROOT, "%7d", sum)).append('\n').toString();
  }

  private static String abbreviation(QuestionKind k) {
    return switch (k) {
      case SINGLE_CHOICE -> "single";
      case MULTIPLE_RESPONSE -> "multi";
      case TRUE_FALSE -> "tf";
      case CLOZE -> "cloze";
      case SHORT_ANSWER -> "short";
      case MATCHING -> "match";
      case ORDERING -> "order";
      case NUMERIC -> "numeric";
    };
  }
}
