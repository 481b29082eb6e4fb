package org.factquiz.progress;

import org.factquiz.extract.Evidence;

/** A fact the learner's latest answer about it got wrong (or only partly right). */
public record MissedFact(String factId, String questionId, String stem, Evidence evidence, double credit) {}
