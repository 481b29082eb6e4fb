package org.factquiz.quiz;

import org.factquiz.generate.Question;

/** A question of a set as it stands now: the latest version and its review status. */
public record SetEntry(Question question, ReviewStatus status, int version) {}
