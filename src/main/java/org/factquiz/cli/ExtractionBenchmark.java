package org.factquiz.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.factquiz.content.ArticleReader;
import org.factquiz.extract.FactExtractor;
import org.factquiz.extract.RuleBasedFactExtractor;

/**
 * Extraction throughput on one thread: reads and extracts the corpus over and over until about
 * {@code targetBytes} of article text went through, one article at a time (nothing is kept), and
 * reports KB/s (per second of the thread's CPU time, so other load on the machine does not blur it,
 * and per second of wall clock) and the peak heap.
 */
final class ExtractionBenchmark {
  private final List<Path> articles;
  private final long targetBytes;

  ExtractionBenchmark(List<Path> articles, long targetBytes) {
    this.articles = List.copyOf(articles);
    this.targetBytes = targetBytes;
  }

  void run(PrintStream out) throws java.io.IOException {
    ArticleReader reader = new ArticleReader();
    FactExtractor extractor = RuleBasedFactExtractor.create();
    long corpus = 0;
    for (Path p : articles) {
      corpus += Files.size(p);
    }
    int warmups = (int) Math.max(1, 500_000 / Math.max(1, corpus));
    long sink = pass(reader, extractor, warmups);
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    int rounds = (int) Math.max(1, targetBytes / Math.max(1, corpus));
    var threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    sink += pass(reader, extractor, rounds);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    long bytes = corpus * rounds;
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    out.printf(Locale.ROOT, "extraction: %d articles x %d rounds = %.1f MB in %.2f s on one thread%n",
        articles.size(), rounds, bytes / 1e6, seconds);
    out.printf(Locale.ROOT, "throughput: %.0f KB/s of CPU time on one core (%.0f KB/s wall clock); peak heap %.0f MB (facts: %d)%n",
        bytes / 1024.0 / cpuSeconds, bytes / 1024.0 / seconds, peakHeap / 1e6, sink);
  }

  private long pass(ArticleReader reader, FactExtractor extractor, int rounds) throws java.io.IOException {
    long facts = 0;
    for (int r = 0; r < rounds; r++) {
      for (Path p : articles) {
        var f = extractor.extract(reader.read(p.getFileName().toString(), Files.readAllBytes(p)));
        facts += f.statements().size() + f.events().size() + f.people().size();
      }
    }
    return facts;
  }
}
