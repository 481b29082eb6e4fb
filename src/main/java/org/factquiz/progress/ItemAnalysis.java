package org.factquiz.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes item difficulty and discrimination from one attempt per student: discrimination is
 * the Pearson correlation between the item's credit and the student's score on the other items
 * (the corrected item-total correlation), so an item does not correlate with itself.
 */
final class ItemAnalysis {
  private ItemAnalysis() {}

  /** {@code credits}: per student, question id to credit, all over the same questions. */
  static List<ItemStatistics> analyse(List<String> questionIds, Map<String, String> stems,
      List<Map<String, Double>> credits) {
    List<ItemStatistics> out = new ArrayList<>();
    for (String q : questionIds) {
      double[] item = new double[credits.size()];
      double[] rest = new double[credits.size()];
      for (int s = 0; s < credits.size(); s++) {
        Map<String, Double> student = credits.get(s);
        item[s] = student.getOrDefault(q, 0.0);
        rest[s] = student.values().stream().mapToDouble(Double::doubleValue).sum() - item[s];
      }
      double difficulty = credits.isEmpty() ? 0 : round(mean(item));
      Double discrimination = credits.size() < 2 ? null : correlation(item, rest);
      out.add(new ItemStatistics(q, stems.get(q), credits.size(), difficulty,
          discrimination == null ? null : round(discrimination)));
    }
    return out;
  }

  static Double correlation(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx < 1e-12 || syy < 1e-12) {
      return null;
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  private static double mean(double[] v) {
    double sum = 0;
    for (double d : v) {
      sum += d;
    }
    return v.length == 0 ? 0 : sum / v.length;
  }

  static double round(double d) {
    return Math.round(d * 1000.0) / 1000.0;
  }

}
