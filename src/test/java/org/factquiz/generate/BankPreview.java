package org.factquiz.generate;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Development aid: prints the bank generated from the gold corpus. */
final class BankPreview {
  public static void main(String[] args) {
    GoldCorpus gold = GoldCorpus.load();
    TemplateLoad load = TemplateLoader.load(Path.of("question-templates"));
    load.errors().forEach(e -> System.out.println("TEMPLATE ERROR " + e));
    GenerationResult r = TemplateQuestionGenerator.of(load, gold.articleTexts()).generate(gold.facts, GenerationRequest.wholeBank());
    Map<String, Integer> kinds = new TreeMap<>();
    for (Question q : r.questions()) {
      kinds.merge(q.kind().wireName(), 1, Integer::sum);
      if (args.length > 0 && (args[0].equals("all") || args[0].equals(q.kind().wireName()))) {
        System.out.println("[" + q.kind().wireName() + " " + q.tags().template() + "] " + q.stem());
        q.premises().forEach(p -> System.out.println("   P" + p.id() + ": " + p.text()));
        q.options().forEach(o -> System.out.println("   " + o.id() + ") " + o.text()));
        System.out.println("   KEY " + q.key() + " accepted=" + q.accepted());
        System.out.println("   FB " + q.feedback());
      }
    }
    Map<String, Integer> reasons = new TreeMap<>();
    for (Rejection x : r.rejected()) {
      reasons.merge(x.template() + ": " + x.reason().replaceAll("q-[0-9a-f]+|'[^']*'|\"[^\"]*\"", "_"), 1, Integer::sum);
      if (args.length > 1) {
        System.out.println("REJ " + x.template() + " | " + x.reason() + " | " + x.stem());
      }
    }
    reasons.forEach((k, v) -> System.out.println(v + "\t" + k));
    System.out.println(kinds + " total " + r.questions().size() + " rejected " + r.rejected().size());
  }
}
