package org.factquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StableIdsTest {
  @Test
  void sameFactTemplateAndVariantGiveTheSameIdAcrossRuns() {
    List<String> first = Fixtures.generator().generate(Fixtures.corpus(), GenerationRequest.wholeBank())
        .questions().stream().map(Question::id).toList();
    List<String> second = Fixtures.generator().generate(Fixtures.corpus(), GenerationRequest.wholeBank())
        .questions().stream().map(Question::id).toList();
    assertEquals(first, second);
    assertEquals(first.size(), first.stream().distinct().count());
  }

  @Test
  void idIsAHashOfFactTemplateAndVariantOnly() {
    String id = StableIds.question("f-1", "who-said-quote", "v0");
    assertEquals(id, StableIds.question("f-1", "who-said-quote", "v0"));
    assertNotEquals(id, StableIds.question("f-1", "who-said-quote", "v1"));
    assertNotEquals(id, StableIds.question("f-2", "who-said-quote", "v0"));
    assertNotEquals(id, StableIds.question("f-1", "who-said-quote-short", "v0"));
    // a fixed value: the hash must not depend on the machine, locale or JVM
    assertEquals("q-29d5b41e10a2", id);
  }

  @Test
  void factIdDependsOnContentNotOnObjectIdentity() {
    var a = Fixtures.ferry().statements().get(0);
    var b = Fixtures.ferry().statements().get(0);
    assertEquals(StableIds.fact(a), StableIds.fact(b));
    assertNotEquals(StableIds.fact(a), StableIds.fact(Fixtures.ferry().statements().get(1)));
  }

  @Test
  void aSeedMayChangeOptionsButAnIdAlwaysMeansTheSameStem() {
    Map<String, String> stems = new HashMap<>();
    for (long seed = 0; seed < 4; seed++) {
      GenerationRequest seeded = new GenerationRequest(List.of(), Set.of(), null, 1, 5, seed);
      for (Question q : Fixtures.generator().generate(Fixtures.corpus(), seeded).questions()) {
        String before = stems.putIfAbsent(q.id(), q.stem());
        if (before != null && q.kind() != QuestionKind.TRUE_FALSE) {
          assertEquals(before, q.stem(), q.id());
        }
      }
    }
  }

  @Test
  void matchingPairsAreWrittenInPremiseOrder() throws Exception {
    Map<String, String> pairs = new HashMap<>();
    for (int i = 9; i >= 1; i--) {
      pairs.put(Integer.toString(i), "x" + i);
    }
    String json = QuestionSetJson.mapper().writeValueAsString(AnswerKey.ofPairs(pairs)).replaceAll("\\s", "");
    assertEquals(true, json.contains("\"1\":\"x1\",\"2\":\"x2\",\"3\":\"x3\",\"4\":\"x4\",\"5\":\"x5\""), json);
  }
}
