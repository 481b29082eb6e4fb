package org.factquiz.cli;

import java.util.Arrays;
import java.util.Locale;

/** Collects request latencies (nanoseconds) from many threads and reports count, rate and percentiles. */
final class Latencies {
  private long[] values = new long[1 << 16];
  private int size;

  synchronized void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  synchronized int count() {
    return size;
  }

  synchronized double percentileMillis(double p) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int index = (int) Math.min(size - 1, Math.ceil(p / 100.0 * size) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }

  String summary(double seconds) {
    return String.format(Locale.ROOT, "%d requests, %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms", count(),
        count() / seconds, percentileMillis(50), percentileMillis(99), percentileMillis(100));
  }
}
