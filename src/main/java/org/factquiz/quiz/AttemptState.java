package org.factquiz.quiz;

import java.util.List;
import java.util.Optional;

/** An attempt with its quiz, its layout, and its result once submitted. */
public record AttemptState(Attempt attempt, Quiz quiz, List<PresentedQuestion> layout, Optional<AttemptResult> result) {}
