package org.factquiz.progress;

import java.util.List;

/** A learner's mastery by article, person, body and question kind. */
public record Mastery(List<MasteryLine> articles, List<MasteryLine> people, List<MasteryLine> bodies, List<MasteryLine> kinds) {}
