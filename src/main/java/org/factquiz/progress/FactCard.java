package org.factquiz.progress;

/**
 * One learner's card for one fact: the FSRS memory state plus the question and template last
 * shown, so the next review can show the fact through a different wording.
 */
public record FactCard(
    String learner,
    String factId,
    String article,
    MemoryState memory,
    String lastQuestionId,
    String lastTemplate) {}
