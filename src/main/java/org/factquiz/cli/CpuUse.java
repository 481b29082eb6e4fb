package org.factquiz.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * CPU time spent by the server's threads (Grizzly's selector and workers, which also run the
 * embedded database, and the answer writer), by the benchmark's client thread, and by the whole
 * process (adds the JIT compiler and the garbage collector). On a shared machine wall-clock
 * figures measure the neighbours too; these do not.
 */
record CpuUse(long serverNanos, long writerNanos, long clientNanos, long processNanos) {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static CpuUse now() {
    long server = 0;
    long writer = 0;
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info != null && isServer(info.getThreadName())) {
        long cpu = Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
        server += cpu;
        writer += info.getThreadName().startsWith("factquiz-answer-writer") ? cpu : 0;
      }
    }
    long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
    return new CpuUse(server, writer, THREADS.getCurrentThreadCpuTime(), process);
  }

  private static boolean isServer(String thread) {
    return thread.startsWith("factquiz-http") || thread.startsWith("grizzly") || thread.startsWith("factquiz-answer-writer");
  }

  CpuUse minus(CpuUse earlier) {
    return new CpuUse(serverNanos - earlier.serverNanos, writerNanos - earlier.writerNanos, clientNanos - earlier.clientNanos, processNanos - earlier.processNanos);
  }

  String perRequest(int requests) {
    double server = requests == 0 ? 0 : serverNanos / 1e6 / requests;
    return String.format(Locale.ROOT, "CPU per request: server threads %.3f ms "
        + "(→ %.0f/s on two free cores; of it the answer writer %.3f ms), client %.3f ms, whole process %.3f ms", server, server == 0 ? 0 : 2000 / server,
        requests == 0 ? 0 : writerNanos / 1e6 / requests,
        requests == 0 ? 0 : clientNanos / 1e6 / requests, requests == 0 ? 0 : processNanos / 1e6 / requests);
  }

  static String loadAverage() {
    return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
