package org.factquiz.progress;

/**
 * A learner's retention figures: facts met, due now, mature (stability of 21 days or more),
 * predicted recall now averaged over met facts, the share of reviews of known facts recalled in
 * the last 30 days (null without such reviews), reviews today and the desired retention.
 */
public record RetentionStats(
    int factsMet,
    int dueNow,
    int mature,
    double averageRecall,
    Double trueRetention30d,
    int reviewsLast30d,
    int reviewsToday,
    double desiredRetention) {}
