package org.factquiz.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.factquiz.generate.AnswerKey;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionKind;
import org.factquiz.generate.Tags;
import org.factquiz.progress.FactCard;
import org.factquiz.progress.FsrsScheduler;
import org.factquiz.progress.MemoryState;
import org.factquiz.progress.QuestionCatalog;
import org.factquiz.progress.Rating;
import org.factquiz.progress.ReviewRecord;
import org.factquiz.progress.StudyPlanner;
import org.factquiz.store.Database;
import org.factquiz.store.JdbcStudyRepository;

/**
 * {@code bench study}: times the due queue of one learner holding N fact states (default 10,000)
 * in a migrated in-memory H2 database shared with other learners, and prints p50/p99.
 */
final class StudyBench implements Command {
  @Override
  public String name() {
    return "study";
  }

  @Override
  public String summary() {
    return "study [--facts 10000] [--runs 2000]   due queue of one learner over N fact states";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) {
    Options o = Options.parse(args, Set.of("facts", "runs"), Set.of());
    int facts = Integer.parseInt(o.get("facts") == null ? "10000" : o.get("facts"));
    int runs = Integer.parseInt(o.get("runs") == null ? "2000" : o.get("runs"));
    try (Database db = Database.open("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")) {
      JdbcStudyRepository repository = new JdbcStudyRepository(db);
      Instant now = Instant.now();
      long start = System.nanoTime();
      fill(repository, "learner-0", facts, now);
      for (int other = 1; other <= 9; other++) {
        fill(repository, "learner-" + other, facts / 10, now);
      }
      out.printf(Locale.ROOT, "filled %d fact states (+%d for 9 other learners) in %d ms%n",
          facts, 9 * (facts / 10), (System.nanoTime() - start) / 1_000_000);
      // every query asks at a different millisecond, so the database cannot hand back a cached result
      StudyPlanner planner =
          new StudyPlanner(new FsrsScheduler(0.9, new TickingClock(now)), repository, new SyntheticCatalog());
      int size = 0;
      for (int i = 0; i < 300; i++) {
        size = planner.queue("learner-0", null, false, 20, Set.of()).size();
      }
      long[] nanos = new long[runs];
      for (int i = 0; i < runs; i++) {
        long t = System.nanoTime();
        planner.queue("learner-0", null, false, 20, Set.of());
        nanos[i] = System.nanoTime() - t;
      }
      Arrays.sort(nanos);
      out.printf(Locale.ROOT, "due queue (limit 20, %d cards returned) over %d runs: p50 %.2f ms, p99 %.2f ms,"
              + " max %.2f ms%n", size, runs, nanos[runs / 2] / 1e6, nanos[runs * 99 / 100] / 1e6,
          nanos[runs - 1] / 1e6);
      long t = System.nanoTime();
      int forecast = planner.forecast("learner-0").size();
      out.printf(Locale.ROOT, "forecast (%d days): %.2f ms; stats: ", forecast, (System.nanoTime() - t) / 1e6);
      t = System.nanoTime();
      planner.stats("learner-0");
      out.printf(Locale.ROOT, "%.2f ms%n", (System.nanoTime() - t) / 1e6);
    }
    return 0;
  }

  private static void fill(JdbcStudyRepository repository, String learner, int facts, Instant now) {
    Random random = new Random(learner.hashCode());
    for (int i = 0; i < facts; i++) {
      Instant due = now.plus(Duration.ofHours(random.nextInt(24 * 120) - 24 * 60));
      MemoryState m = new MemoryState(1 + random.nextDouble() * 60, 1 + random.nextDouble() * 9, 3, 0,
          due.minus(Duration.ofDays(5)), due);
      String fact = "fact-" + i;
      repository.save(new FactCard(learner, fact, "article-" + (i % 50), m, fact + "-q0", "t0"),
          new ReviewRecord(learner, fact, fact + "-q0", Rating.GOOD, m.lastReview(), 0.9));
    }
  }

  /** A clock one millisecond later at every reading. */
  private static final class TickingClock extends Clock {
    private final AtomicLong millis;

    TickingClock(Instant start) {
      this.millis = new AtomicLong(start.toEpochMilli());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis.incrementAndGet());
    }
  }

  /** Three questions per fact from three templates, made up on demand. */
  private static final class SyntheticCatalog implements QuestionCatalog {
    private final Map<String, List<Question>> cache = new HashMap<>();

    @Override
    public List<Question> questionsOfFact(String factId) {
      return cache.computeIfAbsent(factId, f -> {
        List<Question> qs = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
          qs.add(new Question(f + "-q" + v, QuestionKind.SHORT_ANSWER, "Stem " + v, null, null,
              AnswerKey.ofText("answer"), null, "", null, null, 2, new Tags("a", null, null, "t" + v), f));
        }
        return qs;
      });
    }

    @Override
    public List<String> factsOfArticle(String article) {
      return List.of();
    }

    @Override
    public Optional<Question> question(String questionId) {
      int cut = questionId.lastIndexOf("-q");
      return cut < 0 ? Optional.empty()
          : questionsOfFact(questionId.substring(0, cut)).stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
  }
}
