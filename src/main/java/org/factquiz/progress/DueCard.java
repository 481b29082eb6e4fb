package org.factquiz.progress;

import java.time.Instant;
import org.factquiz.generate.Question;

/** A fact to study now, the question chosen to show it, and when it fell due (null if new). */
public record DueCard(String factId, Question question, Instant due) {}
