package org.factquiz.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * FSRS-6, the Free Spaced Repetition Scheduler, with its 21 published default parameters
 * (open-spaced-repetition: fsrs4anki wiki "The Algorithm", py-fsrs 6 and ts-fsrs 5 defaults).
 * Long-term scheduling in whole days; reviews less than a day apart use the short-term stability
 * formula, and a lapse brings the fact back after a ten-minute relearning step, in the same session.
 */
public final class FsrsScheduler {
  /** The retention FSRS aims for unless a learner chooses another (0.70 to 0.97). */
  public static final double DEFAULT_RETENTION = 0.9;

  static final double[] W = {
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
  };
  static final double DECAY = -W[20];
  static final double FACTOR = Math.pow(0.9, 1 / DECAY) - 1;
  static final Duration RELEARNING_STEP = Duration.ofMinutes(10);
  static final int MAXIMUM_INTERVAL_DAYS = 36_500;
  private static final double STABILITY_MIN = 0.001;
  private static final double DAY_SECONDS = 86_400.0;

  private final double desiredRetention;
  private final Clock clock;

  public FsrsScheduler(double desiredRetention, Clock clock) {
    if (!(desiredRetention >= 0.70 && desiredRetention <= 0.97)) {
      throw new StudyException("/desiredRetention", "desired retention must be between 0.70 and 0.97");
    }
    this.desiredRetention = desiredRetention;
    this.clock = clock;
  }

  /** The same scheduler aiming for another retention (0.70 to 0.97). */
  public FsrsScheduler withRetention(double retention) {
    return retention == desiredRetention ? this : new FsrsScheduler(retention, clock);
  }

  public double desiredRetention() {
    return desiredRetention;
  }

  public Instant now() {
    return clock.instant();
  }

  /** Applies one review now; {@code before} is null for a fact the learner has not met yet. */
  public MemoryState review(MemoryState before, Rating rating) {
    Instant now = clock.instant();
    double stability;
    double difficulty;
    if (before == null) {
      stability = initialStability(rating);
      difficulty = clampDifficulty(initialDifficulty(rating));
    } else {
      double elapsed = elapsedDays(before.lastReview(), now);
      if (elapsed < 1) {
        stability = shortTermStability(before.stability(), rating);
      } else {
        double r = retrievability(elapsed, before.stability());
        stability = rating == Rating.AGAIN
            ? forgetStability(before.difficulty(), before.stability(), r)
            : recallStability(before.difficulty(), before.stability(), r, rating);
      }
      difficulty = nextDifficulty(before.difficulty(), rating);
    }
    stability = Math.max(stability, STABILITY_MIN);
    Instant due = rating == Rating.AGAIN
        ? now.plus(RELEARNING_STEP)
        : now.plus(Duration.ofDays(intervalDays(stability)));
    int reps = before == null ? 1 : before.reps() + 1;
    int lapses = (before == null ? 0 : before.lapses()) + (rating == Rating.AGAIN && before != null ? 1 : 0);
    return new MemoryState(stability, difficulty, reps, lapses, now, due);
  }

  /** The probability of recall at {@code at}: R(t, S) = (1 + FACTOR * t / S)^DECAY. */
  public double retrievability(MemoryState state, Instant at) {
    return retrievability(Math.max(0, elapsedDays(state.lastReview(), at)), state.stability());
  }

  static double retrievability(double elapsedDays, double stability) {
    return Math.pow(1 + FACTOR * elapsedDays / stability, DECAY);
  }

  /** I(r, S) = S / FACTOR * (r^(1/DECAY) - 1), rounded to whole days, at least one. */
  int intervalDays(double stability) {
    double days = stability / FACTOR * (Math.pow(desiredRetention, 1 / DECAY) - 1);
    return (int) Math.min(Math.max(Math.round(days), 1), MAXIMUM_INTERVAL_DAYS);
  }

  /** S0(G) = w[G-1]. */
  static double initialStability(Rating rating) {
    return W[rating.grade() - 1];
  }

  /** D0(G) = w4 - e^(w5 * (G - 1)) + 1, unclamped (the mean-reversion target uses it raw). */
  static double initialDifficulty(Rating rating) {
    return W[4] - Math.exp(W[5] * (rating.grade() - 1)) + 1;
  }

  /** D' = w7 * D0(4) + (1 - w7) * (D + (10 - D) * (-w6 * (G - 3)) / 9), clamped to [1, 10]. */
  static double nextDifficulty(double difficulty, Rating rating) {
    double delta = -W[6] * (rating.grade() - 3);
    double damped = difficulty + (10 - difficulty) * delta / 9;
    return clampDifficulty(W[7] * initialDifficulty(Rating.EASY) + (1 - W[7]) * damped);
  }

  /** S'r = S * (1 + e^w8 * (11 - D) * S^-w9 * (e^(w10 * (1 - R)) - 1) * hard * easy). */
  static double recallStability(double difficulty, double stability, double r, Rating rating) {
    double hardPenalty = rating == Rating.HARD ? W[15] : 1;
    double easyBonus = rating == Rating.EASY ? W[16] : 1;
    return stability * (1 + Math.exp(W[8]) * (11 - difficulty) * Math.pow(stability, -W[9])
        * (Math.exp(W[10] * (1 - r)) - 1) * hardPenalty * easyBonus);
  }

  /** S'f = min(w11 * D^-w12 * ((S + 1)^w13 - 1) * e^(w14 * (1 - R)), S / e^(w17 * w18)). */
  static double forgetStability(double difficulty, double stability, double r) {
    double longTerm = W[11] * Math.pow(difficulty, -W[12])
        * (Math.pow(stability + 1, W[13]) - 1) * Math.exp(W[14] * (1 - r));
    return Math.min(longTerm, stability / Math.exp(W[17] * W[18]));
  }

  /** S' = S * e^(w17 * (G - 3 + w18)) * S^-w19, never shrinking on Good or Easy. */
  static double shortTermStability(double stability, Rating rating) {
    double increase = Math.exp(W[17] * (rating.grade() - 3 + W[18])) * Math.pow(stability, -W[19]);
    if (rating.grade() >= Rating.GOOD.grade()) {
      increase = Math.max(increase, 1);
    }
    return stability * increase;
  }

  private static double clampDifficulty(double d) {
    return Math.min(Math.max(d, 1), 10);
  }

  private static double elapsedDays(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 1000.0 / DAY_SECONDS;
  }
}
