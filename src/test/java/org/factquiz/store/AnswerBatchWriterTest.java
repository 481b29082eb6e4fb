package org.factquiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.factquiz.quiz.SaveOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Group commit of answer saves over a real H2 database: what is acknowledged is committed, and failures stay contained. */
class AnswerBatchWriterTest {
  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

  private final Database db = Database.open("jdbc:h2:mem:batch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  private final ExecutorService callers = Executors.newCachedThreadPool();
  private final AtomicInteger commits = new AtomicInteger();
  /** The first commit waits here, so that the saves sent meanwhile queue up and form the next batch. */
  private final CountDownLatch firstCommit = new CountDownLatch(1);
  private final AnswerBatch.Committer real = AnswerBatch.on(db);
  private final long quiz = setUpQuiz();

  @AfterEach
  void close() {
    callers.shutdownNow();
    db.close();
  }

  @Test
  void concurrentSavesAreAllCommittedInFewTransactions() throws Exception {
    AnswerBatchWriter writer = new AnswerBatchWriter(counting(gated(real)));
    List<Long> attempts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      attempts.add(attempt(null, "open"));
    }
    List<Future<SaveOutcome>> saves = new ArrayList<>();
    saves.add(save(writer, attempts.get(0), "q0", "{\"text\":\"first\"}"));
    awaitQueued(writer, 0);
    for (long attempt : attempts) {
      for (int q = 1; q <= 8; q++) {
        saves.add(save(writer, attempt, "q" + q, "{\"text\":\"" + attempt + "-" + q + "\"}"));
      }
    }
    awaitQueued(writer, 40);
    firstCommit.countDown();
    for (Future<SaveOutcome> f : saves) {
      assertEquals(SaveOutcome.SAVED, f.get(10, TimeUnit.SECONDS));
    }
    assertEquals(2, commits.get(), "the blocked first save, then the 40 queued meanwhile in one transaction");
    for (long attempt : attempts) {
      Map<String, String> stored = stored(attempt);
      for (int q = 1; q <= 8; q++) {
        assertEquals("{\"text\":\"" + attempt + "-" + q + "\"}", stored.get("q" + q));
      }
    }
    writer.close();
  }

  @Test
  void nothingIsAcknowledgedBeforeItsCommit() throws Exception {
    CountDownLatch committed = new CountDownLatch(1);
    AnswerBatchWriter writer = new AnswerBatchWriter(batch -> {
      awaitQuietly(firstCommit);
      List<SaveOutcome> outcomes = real.commit(batch);
      committed.countDown();
      return outcomes;
    });
    long attempt = attempt(null, "open");
    Future<SaveOutcome> save = save(writer, attempt, "q1", "{\"choices\":[\"a\"]}");
    assertThrows(TimeoutException.class, () -> save.get(300, TimeUnit.MILLISECONDS), "still waiting for the commit");
    assertTrue(stored(attempt).isEmpty());
    firstCommit.countDown();
    assertEquals(SaveOutcome.SAVED, save.get(10, TimeUnit.SECONDS));
    assertEquals(0, committed.getCount(), "acknowledged only after the commit returned");
    assertEquals("{\"choices\":[\"a\"]}", stored(attempt).get("q1"));
    writer.close();
  }

  @Test
  void aBadAnswerFailsAloneAndTheRestOfItsBatchIsCommitted() throws Exception {
    AnswerBatchWriter writer = new AnswerBatchWriter(counting(gated(real)));
    long attempt = attempt(null, "open");
    Future<SaveOutcome> blocker = save(writer, attempt, "q0", "{}");
    awaitQueued(writer, 0);
    Future<SaveOutcome> good1 = save(writer, attempt, "q1", "{\"text\":\"one\"}");
    Future<SaveOutcome> tooLong = save(writer, attempt, "q2", "{\"text\":\"" + "x".repeat(25_000) + "\"}");
    Future<SaveOutcome> good2 = save(writer, attempt, "q3", "{\"text\":\"three\"}");
    awaitQueued(writer, 3);
    firstCommit.countDown();
    assertEquals(SaveOutcome.SAVED, blocker.get(10, TimeUnit.SECONDS));
    assertEquals(SaveOutcome.SAVED, good1.get(10, TimeUnit.SECONDS));
    assertEquals(SaveOutcome.SAVED, good2.get(10, TimeUnit.SECONDS));
    ExecutionException failed = assertThrows(ExecutionException.class, () -> tooLong.get(10, TimeUnit.SECONDS));
    assertTrue(failed.getCause() instanceof StoreException, failed.getCause().toString());
    assertEquals(Map.of("q0", "{}", "q1", "{\"text\":\"one\"}", "q3", "{\"text\":\"three\"}"), stored(attempt));
    writer.close();
  }

  @Test
  void whenTheDatabaseFailsEveryAnswerOfTheBatchFailsAndNoneIsStored() throws Exception {
    AnswerBatchWriter writer = new AnswerBatchWriter(gated(batch -> {
      throw new StoreException("database failure while trying to save answers: disk full", null);
    }));
    long attempt = attempt(null, "open");
    List<Future<SaveOutcome>> saves = new ArrayList<>();
    saves.add(save(writer, attempt, "q0", "{}"));
    awaitQueued(writer, 0);
    for (int q = 1; q <= 5; q++) {
      saves.add(save(writer, attempt, "q" + q, "{}"));
    }
    awaitQueued(writer, 5);
    firstCommit.countDown();
    for (Future<SaveOutcome> f : saves) {
      ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
      assertTrue(e.getCause().getMessage().contains("disk full"));
    }
    assertTrue(stored(attempt).isEmpty());
    writer.close();
  }

  @Test
  void eachAnswerIsDecidedByItsOwnAttemptAndTheLastOfAQuestionWins() throws Exception {
    AnswerBatchWriter writer = new AnswerBatchWriter(counting(gated(real)));
    long open = attempt(null, "open");
    long submitted = attempt(null, "submitted");
    long expired = attempt(NOW.minusSeconds(1), "open");
    Future<SaveOutcome> blocker = save(writer, open, "q0", "{}");
    awaitQueued(writer, 0);
    Future<SaveOutcome> first = save(writer, open, "q1", "{\"number\":1}");
    awaitQueued(writer, 1);
    Future<SaveOutcome> second = save(writer, open, "q1", "{\"number\":2}");
    Future<SaveOutcome> late = save(writer, submitted, "q1", "{}");
    Future<SaveOutcome> overdue = save(writer, expired, "q1", "{}");
    Future<SaveOutcome> unknown = save(writer, 999_999, "q1", "{}");
    awaitQueued(writer, 5);
    firstCommit.countDown();
    assertEquals(SaveOutcome.SAVED, blocker.get(10, TimeUnit.SECONDS));
    assertEquals(SaveOutcome.SAVED, first.get(10, TimeUnit.SECONDS));
    assertEquals(SaveOutcome.SAVED, second.get(10, TimeUnit.SECONDS));
    assertEquals(SaveOutcome.ALREADY_SUBMITTED, late.get(10, TimeUnit.SECONDS));
    assertEquals(SaveOutcome.PAST_DEADLINE, overdue.get(10, TimeUnit.SECONDS));
    assertEquals(SaveOutcome.NOT_FOUND, unknown.get(10, TimeUnit.SECONDS));
    assertEquals(2, commits.get());
    assertEquals("{\"number\":2}", stored(open).get("q1"));
    assertTrue(stored(submitted).isEmpty());
    assertTrue(stored(expired).isEmpty());
    writer.close();
  }

  @Test
  void closeCommitsWhatIsQueuedAndRefusesLaterSaves() throws Exception {
    AnswerBatchWriter writer = new AnswerBatchWriter(gated(real));
    long attempt = attempt(null, "open");
    Future<SaveOutcome> blocker = save(writer, attempt, "q0", "{}");
    awaitQueued(writer, 0);
    Future<SaveOutcome> queued = save(writer, attempt, "q1", "{}");
    awaitQueued(writer, 1);
    Future<?> closing = callers.submit(writer::close);
    firstCommit.countDown();
    closing.get(10, TimeUnit.SECONDS);
    assertEquals(SaveOutcome.SAVED, blocker.get());
    assertEquals(SaveOutcome.SAVED, queued.get());
    assertThrows(StoreException.class, () -> writer.save(attempt, "q2", "{}", NOW));
    assertEquals(2, stored(attempt).size());
  }

  @Test
  void noCallerIsLeftWaitingWhenTheWriterItselfBreaks() throws Exception {
    AnswerBatchWriter writer = new AnswerBatchWriter(gated(batch -> {
      throw new OutOfMemoryError("simulated");
    }));
    long attempt = attempt(null, "open");
    Future<SaveOutcome> first = save(writer, attempt, "q0", "{}");
    awaitQueued(writer, 0);
    Future<SaveOutcome> queued = save(writer, attempt, "q1", "{}");
    awaitQueued(writer, 1);
    firstCommit.countDown();
    for (Future<SaveOutcome> f : List.of(first, queued)) {
      ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
      assertTrue(e.getCause() instanceof StoreException, e.getCause().toString());
    }
    assertThrows(StoreException.class, () -> writer.save(attempt, "q2", "{}", NOW), "refused at once, not left waiting");
  }

  @Test
  void anAnswerUpdateFindsItsRowByThePrimaryKey() {
    String plan = db.transaction("explain", c -> {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("EXPLAIN UPDATE attempt_answer SET answer_json = '{}' "
              + "WHERE attempt_id = 1 AND question_id = 'q1'")) {
        rs.next();
        return rs.getString(1);
      }
    });
    assertTrue(plan.contains("PRIMARY_KEY") && plan.contains("QUESTION_ID = 'q1'"), plan);
  }

  private AnswerBatch.Committer gated(AnswerBatch.Committer next) {
    AtomicInteger calls = new AtomicInteger();
    return batch -> {
      if (calls.getAndIncrement() == 0) {
        awaitQuietly(firstCommit);
      }
      return next.commit(batch);
    };
  }

  private AnswerBatch.Committer counting(AnswerBatch.Committer next) {
    return batch -> {
      commits.incrementAndGet();
      return next.commit(batch);
    };
  }

  private Future<SaveOutcome> save(AnswerBatchWriter writer, long attempt, String question, String json) {
    return callers.submit(() -> writer.save(attempt, question, json, NOW));
  }

  /** Waits until the writer has taken the first batch and {@code n} saves wait behind it. */
  private static void awaitQueued(AnswerBatchWriter writer, int n) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (writer.queued() != n) {
      assertTrue(System.nanoTime() < deadline, "expected " + n + " queued, found " + writer.queued());
      Thread.sleep(5);
    }
    Thread.sleep(20);
    assertEquals(n, writer.queued());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private long setUpQuiz() {
    return db.transaction("set up", c -> {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO account (id, email, name, role, password_hash, created_at) VALUES "
            + "(1, 't@example.org', 'T', 'teacher', 'x', CURRENT_TIMESTAMP), (2, 's@example.org', 'S', 'student', 'x', CURRENT_TIMESTAMP)");
        s.executeUpdate("INSERT INTO school_class (id, name, code, teacher_id) VALUES (1, 'C', 'CODE', 1)");
        s.executeUpdate("INSERT INTO quiz (id, owner_id, class_id, title, attempts_allowed, shuffle, created_at) "
            + "VALUES (1, 1, 1, 'Q', 99, FALSE, CURRENT_TIMESTAMP)");
      }
      return 1L;
    });
  }

  private final AtomicInteger attemptNumbers = new AtomicInteger();

  private long attempt(Instant deadline, String status) {
    return db.transaction("add an attempt", c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO attempt (quiz_id, student_id, attempt_no, status, seed, "
          + "started_at, deadline) VALUES (?, 2, ?, ?, 1, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        ps.setLong(1, quiz);
        ps.setInt(2, attemptNumbers.incrementAndGet());
        ps.setString(3, status);
        Sql.setInstant(ps, 4, NOW.minusSeconds(60));
        Sql.setInstant(ps, 5, deadline);
        ps.executeUpdate();
        return Sql.generatedId(ps);
      }
    });
  }

  private Map<String, String> stored(long attempt) {
    return db.transaction("read answers", c -> {
      Map<String, String> out = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT question_id, answer_json FROM attempt_answer WHERE attempt_id = ?")) {
        ps.setLong(1, attempt);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getString(1), rs.getString(2));
          }
        }
      }
      return out;
    });
  }
}
