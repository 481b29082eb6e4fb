package org.factquiz.progress;

import org.factquiz.MutableClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Expected numbers were worked out by hand from the FSRS-6 formulas with the default parameters
 * (FACTOR = 0.9^(-1/0.1542) - 1 = 0.980346...).
 */
class FsrsSchedulerTest {
  private static final double EPS = 1e-6;
  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  @Nested
  class Formulas {
    @Test
    void factorMakesRecallNinetyPercentAfterOneStability() {
      assertEquals(0.9803464944, FsrsScheduler.FACTOR, 1e-9);
      assertEquals(0.9, FsrsScheduler.retrievability(10, 10), EPS);
      assertEquals(0.9403442889, FsrsScheduler.retrievability(5, 10), EPS);
    }

    @Test
    void initialStateDependsOnFirstRating() {
      assertEquals(0.212, FsrsScheduler.initialStability(Rating.AGAIN), EPS);
      assertEquals(2.3065, FsrsScheduler.initialStability(Rating.GOOD), EPS);
      assertEquals(6.4133, FsrsScheduler.initialDifficulty(Rating.AGAIN), EPS);
      assertEquals(2.1181039705, FsrsScheduler.initialDifficulty(Rating.GOOD), EPS);
      assertEquals(-4.7716307032, FsrsScheduler.initialDifficulty(Rating.EASY), EPS);
    }

    @Test
    void difficultyMovesWithLinearDampingAndMeanReversion() {
      assertEquals(8.3417623693, FsrsScheduler.nextDifficulty(5, Rating.AGAIN), EPS);
      assertEquals(4.9902283693, FsrsScheduler.nextDifficulty(5, Rating.GOOD), EPS);
      assertEquals(3.3144613693, FsrsScheduler.nextDifficulty(5, Rating.EASY), EPS);
      assertEquals(1.0, FsrsScheduler.nextDifficulty(1, Rating.EASY), EPS);
    }

    @Test
    void recallStabilityGrowsMostOnEasyAndLeastOnHard() {
      assertEquals(32.0267294820, FsrsScheduler.recallStability(5, 10, 0.9, Rating.GOOD), 1e-6);
      assertEquals(23.2468751105, FsrsScheduler.recallStability(5, 10, 0.9, Rating.HARD), 1e-6);
      assertEquals(51.2538616468, FsrsScheduler.recallStability(5, 10, 0.9, Rating.EASY), 1e-6);
    }

    @Test
    void forgettingShrinksStability() {
      assertEquals(1.3919869730, FsrsScheduler.forgetStability(5, 10, 0.9), EPS);
    }

    @Test
    void shortTermStabilityShrinksOnAgainAndNeverOnGood() {
      assertEquals(0.7750839829, FsrsScheduler.shortTermStability(2.3065, Rating.AGAIN), EPS);
      assertEquals(0.2466891878, FsrsScheduler.shortTermStability(0.212, Rating.GOOD), EPS);
      assertEquals(20.0, FsrsScheduler.shortTermStability(20, Rating.GOOD), EPS);
    }

    @Test
    void intervalFollowsDesiredRetention() {
      MutableClock clock = new MutableClock(START);
      assertEquals(10, new FsrsScheduler(0.9, clock).intervalDays(10));
      assertEquals(33, new FsrsScheduler(0.8, clock).intervalDays(10));
      assertEquals(2, new FsrsScheduler(0.97, clock).intervalDays(10));
      assertEquals(1, new FsrsScheduler(0.9, clock).intervalDays(0.2));
    }

    @Test
    void refusesRetentionOutsideTheAllowedRange() {
      MutableClock clock = new MutableClock(START);
      assertThrows(StudyException.class, () -> new FsrsScheduler(0.69, clock));
      assertThrows(StudyException.class, () -> new FsrsScheduler(0.98, clock));
      assertThrows(StudyException.class, () -> new FsrsScheduler(Double.NaN, clock));
    }
  }

  @Nested
  class StateUpdates {
    private final MutableClock clock = new MutableClock(START);
    private final FsrsScheduler scheduler = new FsrsScheduler(0.9, clock);

    @Test
    void firstGoodSchedulesAfterInitialStability() {
      MemoryState s = scheduler.review(null, Rating.GOOD);
      assertEquals(2.3065, s.stability(), EPS);
      assertEquals(2.1181039705, s.difficulty(), EPS);
      assertEquals(START.plus(Duration.ofDays(2)), s.due());
      assertEquals(1, s.reps());
      assertEquals(0, s.lapses());
    }

    @Test
    void goodOnTheDueDayUsesRecallStability() {
      MemoryState first = scheduler.review(null, Rating.GOOD);
      clock.advance(Duration.ofDays(2));
      MemoryState second = scheduler.review(first, Rating.GOOD);
      // R(2, 2.3065) = 0.909493256; S'r = 10.964332336; D' = 2.111214236.
      assertEquals(10.9643323358, second.stability(), 1e-6);
      assertEquals(2.1112142358, second.difficulty(), 1e-6);
      assertEquals(clock.instant().plus(Duration.ofDays(11)), second.due());
    }

    @Test
    void lapseComesBackWithinTheSessionAndCountsAsLapse() {
      MemoryState state = new MemoryState(10, 5, 4, 0, START, START.plus(Duration.ofDays(10)));
      clock.advance(Duration.ofDays(10));
      MemoryState after = scheduler.review(state, Rating.AGAIN);
      assertEquals(1.3919869730, after.stability(), EPS);
      assertEquals(8.3417623693, after.difficulty(), EPS);
      assertEquals(clock.instant().plus(Duration.ofMinutes(10)), after.due());
      assertEquals(1, after.lapses());
    }
  }

  @Nested
  class SimulatedLearner {
    @Test
    void alwaysRightSeesTheFactAfterGrowingIntervals() {
      MutableClock clock = new MutableClock(START);
      FsrsScheduler scheduler = new FsrsScheduler(0.9, clock);
      List<Long> intervals = new ArrayList<>();
      MemoryState state = null;
      while (Duration.between(START, clock.instant()).toDays() <= 60) {
        state = scheduler.review(state, Rating.GOOD);
        intervals.add(Duration.between(state.lastReview(), state.due()).toDays());
        clock.set(state.due());
      }
      assertTrue(intervals.size() >= 3, intervals.toString());
      for (int i = 1; i < intervals.size(); i++) {
        assertTrue(intervals.get(i) > intervals.get(i - 1), "not growing: " + intervals);
      }
      assertTrue(intervals.get(2) >= 8, intervals.toString());
    }

    @Test
    void alwaysWrongSeesTheFactAgainWithinTheSession() {
      MutableClock clock = new MutableClock(START);
      FsrsScheduler scheduler = new FsrsScheduler(0.9, clock);
      MemoryState state = null;
      for (int i = 0; i < 6; i++) {
        state = scheduler.review(state, Rating.AGAIN);
        assertTrue(Duration.between(clock.instant(), state.due()).toMinutes() <= 30);
        clock.set(state.due());
      }
      assertTrue(state.stability() < 0.212, "stability should shrink: " + state.stability());
    }

    @Test
    void aLapseShrinksTheNextIntervalThenItGrowsAgain() {
      MutableClock clock = new MutableClock(START);
      FsrsScheduler scheduler = new FsrsScheduler(0.9, clock);
      MemoryState state = null;
      for (int i = 0; i < 3; i++) {
        state = scheduler.review(state, Rating.GOOD);
        clock.set(state.due());
      }
      long before = Duration.between(state.lastReview(), state.due()).toDays();
      state = scheduler.review(state, Rating.AGAIN);
      clock.set(state.due());
      state = scheduler.review(state, Rating.GOOD);
      long afterLapse = Duration.between(state.lastReview(), state.due()).toDays();
      clock.set(state.due());
      state = scheduler.review(state, Rating.GOOD);
      long recovering = Duration.between(state.lastReview(), state.due()).toDays();
      assertTrue(afterLapse < before, before + " -> " + afterLapse);
      assertTrue(recovering > afterLapse, afterLapse + " -> " + recovering);
    }
  }
}
