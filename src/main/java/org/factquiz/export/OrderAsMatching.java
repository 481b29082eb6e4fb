package org.factquiz.export;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.generate.Choice;
import org.factquiz.generate.Question;

/**
 * An ordering question written for formats without an ordering type: each item is matched to its
 * position ("1", "2", ...), which keeps the key whole. Items are listed in their option order.
 */
record OrderAsMatching(List<Choice> items, List<String> positions) {
  static final String HOW = "ordering written as matching of each item to its position";

  static OrderAsMatching of(Question q) {
    List<String> order = q.key().choices();
    List<String> positions = new ArrayList<>();
    for (Choice item : q.options()) {
      positions.add(Integer.toString(order.indexOf(item.id()) + 1));
    }
    return new OrderAsMatching(q.options(), positions);
  }

  /** Every position label, "1" to n, in order. */
  List<String> labels() {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= items.size(); i++) {
      out.add(Integer.toString(i));
    }
    return out;
  }
}
