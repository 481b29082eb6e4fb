package org.factquiz.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.extract.Evidence;
import org.factquiz.extract.RoleHolding;
import org.factquiz.extract.Statement;

/** Repeats a corpus under fresh article ids ("id#2", ...) to a given size, for the generation benchmark. */
final class CorpusReplicator {
  private CorpusReplicator() {}

  static CorpusLoad replicate(CorpusLoad base, int articles) {
    List<ArticleFacts> facts = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    for (int i = 0; facts.size() < articles; i++) {
      ArticleFacts a = base.facts().get(i % base.facts().size());
      String id = a.article() + "#" + (i / base.facts().size());
      texts.put(id, base.texts().get(a.article()));
      facts.add(new ArticleFacts(id, a.title(), a.dateline(), a.people(), a.bodies(),
          a.statements().stream().map(s -> new Statement(s.speaker(), s.direct(), s.text(), moved(s.evidence(), id))).toList(),
          a.roles().stream().map(r -> new RoleHolding(r.person(), r.role(), moved(r.evidence(), id))).toList(),
          a.events().stream().map(e -> e.withEvidence(moved(e.evidence(), id))).toList()));
    }
    return new CorpusLoad(facts, texts);
  }

  private static Evidence moved(Evidence e, String id) {
    return e == null ? null : new Evidence(id, e.paragraph(), e.start(), e.end(), e.sentence());
  }
}
