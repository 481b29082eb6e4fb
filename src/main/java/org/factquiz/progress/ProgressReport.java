package org.factquiz.progress;

import java.util.List;

/** A learner's own history, mastery and missed facts. */
public record ProgressReport(List<HistoryLine> history, Mastery mastery, List<MissedFact> missed) {}
