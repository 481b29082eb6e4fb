package org.factquiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.factquiz.quiz.AttemptStatus;
import org.factquiz.quiz.SaveOutcome;
import org.factquiz.store.AnswerBatchWriter.PendingAnswer;

/**
 * The SQL of one batch of answer saves, inside one transaction: each attempt of the batch is
 * locked once ({@code SELECT ... FOR UPDATE}, the lock a submit takes too), each answer is
 * decided against its attempt's status and deadline, and the last answer per question is written.
 */
final class AnswerBatch {
  private static final String OPEN = AttemptStatus.OPEN.wireName();

  private AnswerBatch() {}

  /** Commits a batch and returns the outcome of each answer, in order; throws when the batch failed as a whole. */
  @FunctionalInterface
  interface Committer {
    List<SaveOutcome> commit(List<PendingAnswer> batch);
  }

  static Committer on(Database db) {
    return batch -> db.transaction("save answers", c -> save(c, batch));
  }

  static List<SaveOutcome> save(Connection c, List<PendingAnswer> batch) throws SQLException {
    Map<Long, AttemptLock> locks = lock(c, batch);
    List<SaveOutcome> outcomes = new ArrayList<>(batch.size());
    Map<String, PendingAnswer> latest = new LinkedHashMap<>();
    for (PendingAnswer p : batch) {
      SaveOutcome outcome = locks.get(p.attemptId()).decide(p.now());
      outcomes.add(outcome);
      if (outcome == SaveOutcome.SAVED) {
        latest.put(p.attemptId() + "/" + p.questionId(), p);
      }
    }
    write(c, new ArrayList<>(latest.values()));
    return outcomes;
  }

  /** Locks every attempt of the batch in id order and reads what decides an answer. */
  private static Map<Long, AttemptLock> lock(Connection c, List<PendingAnswer> batch) throws SQLException {
    Map<Long, AttemptLock> locks = new TreeMap<>();
    batch.forEach(p -> locks.put(p.attemptId(), null));
    try (PreparedStatement ps = c.prepareStatement("SELECT status, deadline FROM attempt WHERE id = ? FOR UPDATE")) {
      for (Map.Entry<Long, AttemptLock> e : locks.entrySet()) {
        ps.setLong(1, e.getKey());
        try (ResultSet rs = ps.executeQuery()) {
          e.setValue(rs.next() ? new AttemptLock(true, OPEN.equals(rs.getString(1)), Sql.getInstant(rs, "deadline"))
              : new AttemptLock(false, false, null));
        }
      }
    }
    return locks;
  }

  /** Updates the answers that exist and inserts the rest. */
  private static void write(Connection c, List<PendingAnswer> answers) throws SQLException {
    if (answers.isEmpty()) {
      return;
    }
    int[] updated;
    try (PreparedStatement up = c.prepareStatement(
        "UPDATE attempt_answer SET answer_json = ?, saved_at = ? WHERE attempt_id = ? AND question_id = ?")) {
      for (PendingAnswer p : answers) {
        up.setString(1, p.answerJson());
        Sql.setInstant(up, 2, p.now());
        up.setLong(3, p.attemptId());
        up.setString(4, p.questionId());
        up.addBatch();
      }
      updated = up.executeBatch();
    }
    boolean inserts = false;
    try (PreparedStatement in = c.prepareStatement(
        "INSERT INTO attempt_answer (attempt_id, question_id, answer_json, saved_at) VALUES (?, ?, ?, ?)")) {
      for (int i = 0; i < answers.size(); i++) {
        if (updated[i] == 0) {
          PendingAnswer p = answers.get(i);
          in.setLong(1, p.attemptId());
          in.setString(2, p.questionId());
          in.setString(3, p.answerJson());
          Sql.setInstant(in, 4, p.now());
          in.addBatch();
          inserts = true;
        }
      }
      if (inserts) {
        in.executeBatch();
      }
    }
  }

  /** What the locked attempt row says about answers saved at a given moment. */
  private record AttemptLock(boolean exists, boolean open, Instant deadline) {
    SaveOutcome decide(Instant now) {
      if (!exists) {
        return SaveOutcome.NOT_FOUND;
      }
      if (!open) {
        return SaveOutcome.ALREADY_SUBMITTED;
      }
      return deadline != null && !now.isBefore(deadline) ? SaveOutcome.PAST_DEADLINE : SaveOutcome.SAVED;
    }
  }
}
