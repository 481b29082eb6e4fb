package org.factquiz.progress;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where learners' fact cards and review logs are kept; the store package implements it. */
public interface StudyRepository {
  Optional<FactCard> find(String learner, String factId);

  /** Saves the card's new state and appends the review, both or neither. */
  void save(FactCard card, ReviewRecord review);

  /**
   * The learner's cards due at or before {@code asOf}, earliest first; {@code articles} null
   * means any article.
   */
  List<FactCard> due(String learner, Instant asOf, Collection<String> articles, int limit);

  /** The ids of every fact the learner has met, for telling new facts from known ones. */
  List<String> metFacts(String learner);

  /** Due instants of the learner's cards due before {@code until}, for the forecast. */
  List<Instant> dueTimes(String learner, Instant until);

  /** Every card of the learner, for retention figures. */
  List<FactCard> cards(String learner);

  /** The learner's chosen desired retention, if any. */
  Optional<Double> desiredRetention(String learner);

  void saveDesiredRetention(String learner, double retention);

  /** The learner's reviews since {@code since}, oldest first. */
  List<ReviewRecord> reviews(String learner, Instant since);
}
