package org.factquiz.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.factquiz.quiz.SaveOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for answer saves: callers queue their answer and wait, and one writer thread
 * commits everything queued since its last commit in a single transaction (one write to the
 * database file for the lot), then releases each caller with its outcome. A caller returns only
 * after the commit that holds its answer; when a batch fails, each of its answers is tried again
 * alone, so one bad answer fails only its own caller.
 */
final class AnswerBatchWriter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AnswerBatchWriter.class);
  /** Bounds one transaction; at 2,000 answers/s a batch holds a few dozen. */
  static final int MAX_BATCH = 256;
  private static final PendingAnswer STOP = new PendingAnswer(0, "", "", Instant.EPOCH);

  private final AnswerBatch.Committer committer;
  private final BlockingQueue<PendingAnswer> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private boolean started;
  private boolean closed;

  /** The writer thread starts with the first save. */
  AnswerBatchWriter(AnswerBatch.Committer committer) {
    this.committer = committer;
    this.writer = new Thread(this::run, "factquiz-answer-writer");
    writer.setDaemon(true);
  }

  /** Queues the answer and waits until the transaction holding it has committed or failed. */
  SaveOutcome save(long attemptId, String questionId, String answerJson, Instant now) {
    PendingAnswer pending = new PendingAnswer(attemptId, questionId, answerJson, now);
    synchronized (this) {
      if (closed) {
        throw new StoreException("the database is closing; the answer was not saved", null);
      }
      if (!started) {
        writer.start();
        started = true;
      }
      queue.add(pending);
    }
    try {
      return pending.outcome().get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new StoreException("cannot save an answer: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while the answer was being committed; it may or may not be saved", e);
    }
  }

  /** Answers waiting for the writer (not those of the batch being committed). */
  int queued() {
    return queue.size();
  }

  private void run() {
    List<PendingAnswer> batch = new ArrayList<>();
    boolean stop = false;
    while (!stop) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        refuseQueued("the answer writer was interrupted; the answer was not saved");
        return;
      }
      queue.drainTo(batch, MAX_BATCH - 1);
      stop = batch.remove(STOP);
      try {
        if (!batch.isEmpty()) {
          write(batch);
        }
      } catch (Throwable t) {
        // Never leave a caller waiting: whatever went wrong, each answer of the batch gets an outcome.
        LOG.error("the answer writer failed on a batch of {}", batch.size(), t);
        StoreException failure = new StoreException("cannot save the answer: " + t, t);
        batch.forEach(p -> p.outcome().completeExceptionally(failure));
        if (t instanceof Error e) {
          refuseQueued("the answer writer stopped; the answer was not saved");
          throw e;
        }
      }
      batch.clear();
    }
  }

  /** Stops taking answers and fails every one still queued. */
  private void refuseQueued(String why) {
    synchronized (this) {
      closed = true;
    }
    List<PendingAnswer> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(p -> p.outcome().completeExceptionally(new StoreException(why, null)));
  }

  private void write(List<PendingAnswer> batch) {
    List<SaveOutcome> outcomes;
    try {
      outcomes = committer.commit(batch);
    } catch (RuntimeException e) {
      if (batch.size() == 1) {
        batch.get(0).outcome().completeExceptionally(e);
        return;
      }
      LOG.warn("a batch of {} answers failed ({}); saving them one at a time", batch.size(), e.getMessage());
      for (PendingAnswer p : batch) {
        write(List.of(p));
      }
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).outcome().complete(outcomes.get(i));
    }
  }

  /** Commits what is queued, then stops the writer; later saves fail at once. */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      if (!started) {
        return;
      }
      queue.add(STOP);
    }
    try {
      writer.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One caller's answer, and where the writer puts its outcome. */
  record PendingAnswer(long attemptId, String questionId, String answerJson, Instant now,
      CompletableFuture<SaveOutcome> outcome) {
    PendingAnswer(long attemptId, String questionId, String answerJson, Instant now) {
      this(attemptId, questionId, answerJson, now, new CompletableFuture<>());
    }
  }
}
