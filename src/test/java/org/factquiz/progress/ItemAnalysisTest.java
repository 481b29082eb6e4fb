package org.factquiz.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemAnalysisTest {
  @Test
  void computesDifficultyAsMeanCreditAndDiscriminationAgainstTheRestScore() {
    List<Map<String, Double>> credits = List.of(
        Map.of("q1", 1.0, "q2", 1.0, "q3", 1.0),
        Map.of("q1", 1.0, "q2", 0.0, "q3", 1.0),
        Map.of("q1", 1.0, "q2", 0.0, "q3", 0.0),
        Map.of("q1", 1.0, "q2", 0.0, "q3", 0.0));
    List<ItemStatistics> items = ItemAnalysis.analyse(List.of("q1", "q2", "q3"), Map.of(), credits);
    assertEquals(1.0, items.get(0).difficulty());
    assertNull(items.get(0).discrimination(), "everyone right: no spread");
    assertEquals(0.25, items.get(1).difficulty());
    // q2 against rest scores (q1+q3): x = 1,0,0,0 and y = 2,2,1,1 -> r = 0.577
    assertEquals(0.577, items.get(1).discrimination(), 0.001);
    assertEquals(0.5, items.get(2).difficulty());
  }

  @Test
  void needsTwoStudentsForDiscrimination() {
    List<ItemStatistics> items = ItemAnalysis.analyse(List.of("q1"), Map.of(), List.of(Map.of("q1", 1.0)));
    assertNull(items.get(0).discrimination());
  }
}
