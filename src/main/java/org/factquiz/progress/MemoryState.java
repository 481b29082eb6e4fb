package org.factquiz.progress;

import java.time.Instant;

/**
 * What FSRS knows of one learner's memory of one fact: stability (days until recall falls to
 * 90 %), difficulty (1 to 10), how often it was reviewed and forgotten, when it was last seen and
 * when it is due next.
 */
public record MemoryState(
    double stability, double difficulty, int reps, int lapses, Instant lastReview, Instant due) {}
