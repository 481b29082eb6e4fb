package org.factquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bank generated from the gold facts of the five articles in content/ (evidence located in the
 * text): keys agree with gold, options are distinct, evidence is verbatim, every kind appears.
 */
class GoldBankTest {
  @Test
  void bankFromGoldFactsAgreesWithGoldAndCoversEveryKind() {
    GoldCorpus gold = GoldCorpus.load();
    GenerationResult r = TemplateQuestionGenerator.of(TemplateLoader.load(java.nio.file.Path.of("question-templates")),
        gold.articleTexts()).generate(gold.facts, GenerationRequest.wholeBank());
    BankAudit audit = BankAudit.of(r.questions(), gold);
    System.out.println("gold-facts bank: " + audit);
    assertEquals(List.of(), audit.disagreements);
    assertEquals(List.of(), audit.duplicateOptions);
    assertEquals(List.of(), audit.notVerbatim);
    assertTrue(audit.speakerChecked >= 15, audit.toString());
    assertTrue(audit.dateChecked >= 10, audit.toString());
    assertEquals(EnumSet.allOf(QuestionKind.class), audit.perKind.keySet());
  }
}
