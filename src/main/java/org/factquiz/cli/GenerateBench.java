package org.factquiz.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.generate.ArticleTexts;
import org.factquiz.generate.GenerationRequest;
import org.factquiz.generate.GenerationResult;
import org.factquiz.generate.TemplateLoader;
import org.factquiz.generate.TemplateQuestionGenerator;

/**
 * {@code bench-generate [--articles 1000]}: generation throughput over the corpus repeated to 1/8,
 * 1/4, 1/2 and all of the given number of articles, so that linearity in facts can be read off.
 * Extraction happens once, before timing; throughput is per CPU second of the generating thread.
 */
final class GenerateBench implements Command {
  @Override
  public String name() {
    return "generate";
  }

  @Override
  public String summary() {
    return "generate [--articles N] [--content DIR] [--facts DIR]   question generation throughput";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
    Options o = Options.parse(args, Set.of("articles", "content", "facts", "templates", "rounds"), Set.of());
    int articles = Integer.parseInt(o.get("articles") == null ? "1000" : o.get("articles"));
    int rounds = Integer.parseInt(o.get("rounds") == null ? "3" : o.get("rounds"));
    String facts = o.get("facts");
    CorpusLoad base = CorpusLoad.of(Path.of(o.get("content") == null ? "content" : o.get("content")),
        facts == null ? null : Path.of(facts), err);
    if (base.facts().isEmpty()) {
      throw new UsageException("no articles to benchmark on");
    }
    var templates = TemplateLoader.load(Path.of(o.get("templates") == null ? "question-templates" : o.get("templates")));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    out.printf(Locale.ROOT, "%9s %9s %10s %9s %9s %12s %12s%n", "articles", "facts", "questions", "wall ms", "cpu ms",
        "questions/s", "us/fact");
    for (int n : new int[] {articles / 8, articles / 4, articles / 2, articles}) {
      CorpusLoad corpus = CorpusReplicator.replicate(base, Math.max(1, n));
      long factCount = facts(corpus.facts());
      TemplateQuestionGenerator generator = TemplateQuestionGenerator.of(templates, ArticleTexts.of(corpus.texts()));
      BestOfRounds<GenerationResult> timed = BestOfRounds.run(rounds, threads::getCurrentThreadCpuTime,
          () -> generator.generate(corpus.facts(), GenerationRequest.wholeBank()));
      GenerationResult result = timed.result();
      long best = timed.wallNanos();
      long bestCpu = timed.cpuNanos();
      // CPU time of the generating thread: the machine is shared, so wall time overstates the cost
      double cpuMs = bestCpu / 1e6;
      out.printf(Locale.ROOT, "%9d %9d %10d %9.0f %9.0f %12.0f %12.1f%n", corpus.facts().size(), factCount,
          result.questions().size(), best / 1e6, cpuMs, result.questions().size() / (cpuMs / 1000),
          bestCpu / 1e3 / Math.max(1, factCount));
    }
    long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    out.printf(Locale.ROOT, "heap in use after the run: %d MB%n", heap >> 20);
    return 0;
  }

  static long facts(List<ArticleFacts> corpus) {
    return corpus.stream().mapToLong(a -> a.facts().count()).sum();
  }
}
