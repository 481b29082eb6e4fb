package org.factquiz.cli;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The fastest of several runs of one piece of work, as the benchmarks report it: the best wall time,
 * the best CPU time (each its own minimum) and the last run's result.
 */
record BestOfRounds<T>(long wallNanos, long cpuNanos, T result) {
  /** Runs {@code work} {@code rounds} times (at least once), timing CPU with {@code cpuNanos}. */
  static <T> BestOfRounds<T> run(int rounds, LongSupplier cpuNanos, Supplier<T> work) {
    long wall = Long.MAX_VALUE;
    long cpu = Long.MAX_VALUE;
    T result = null;
    for (int r = 0; r < Math.max(1, rounds); r++) {
      long t0 = System.nanoTime();
      long c0 = cpuNanos.getAsLong();
      result = work.get();
      wall = Math.min(wall, System.nanoTime() - t0);
      cpu = Math.min(cpu, cpuNanos.getAsLong() - c0);
    }
    return new BestOfRounds<>(wall, cpu, result);
  }
}
