package org.factquiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.factquiz.StateConflictException;
import org.factquiz.quiz.Answer;
import org.factquiz.quiz.Attempt;
import org.factquiz.quiz.AttemptRepository;
import org.factquiz.quiz.AttemptResult;
import org.factquiz.quiz.AttemptStatus;
import org.factquiz.quiz.Grade;
import org.factquiz.quiz.Outcome;
import org.factquiz.quiz.SaveOutcome;

/**
 * Attempts, answers and grades. Saving and submitting lock the attempt row first
 * ({@code SELECT ... FOR UPDATE}), so they happen one after the other for the same attempt.
 * Answer saves are committed in groups by a writer thread that {@link #close} stops.
 */
public final class JdbcAttemptRepository implements AttemptRepository, AutoCloseable {
  private static final String OPEN = AttemptStatus.OPEN.wireName();
  private final Database db;
  private final AnswerBatchWriter answers;

  public JdbcAttemptRepository(Database db) {
    this.db = db;
    this.answers = new AnswerBatchWriter(AnswerBatch.on(db));
  }

  @Override
  public Attempt startOrResume(long quizId, long studentId, int attemptsAllowed, long seed, Instant now, Instant deadline) {
    long id = db.transaction("start an attempt", c -> {
      try (PreparedStatement lock = c.prepareStatement("SELECT id FROM account WHERE id = ? FOR UPDATE")) {
        lock.setLong(1, studentId);
        lock.executeQuery().close();
      }
      int used = 0;
      try (PreparedStatement ps = c.prepareStatement("SELECT id, status FROM attempt WHERE quiz_id = ? AND student_id = ?")) {
        ps.setLong(1, quizId);
        ps.setLong(2, studentId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            if (OPEN.equals(rs.getString(2))) {
              return rs.getLong(1);
            }
            used++;
          }
        }
      }
      if (used >= attemptsAllowed) {
        throw new StateConflictException("all " + attemptsAllowed + " attempts at this quiz are used");
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO attempt (quiz_id, student_id, attempt_no, status, seed, "
          + "started_at, deadline) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        ps.setLong(1, quizId);
        ps.setLong(2, studentId);
        ps.setInt(3, used + 1);
        ps.setString(4, OPEN);
        ps.setLong(5, seed);
        Sql.setInstant(ps, 6, now);
        Sql.setInstant(ps, 7, deadline);
        ps.executeUpdate();
        return Sql.generatedId(ps);
      }
    });
    return find(id).orElseThrow();
  }

  @Override
  public Optional<Attempt> find(long attemptId) {
    return db.transaction("read an attempt", c -> load(c, attemptId, false));
  }

  /** Queued for the group commit of {@link AnswerBatchWriter}; returns once the answer's transaction committed. */
  @Override
  public SaveOutcome saveAnswer(long attemptId, String questionId, Answer answer, Instant now) {
    return answers.save(attemptId, questionId, StoreJson.write(answer), now);
  }

  @Override
  public AttemptResult submit(long attemptId, Function<Attempt, AttemptResult> grading, Instant now) {
    return db.transaction("submit an attempt", c -> {
      Attempt attempt = load(c, attemptId, true).orElseThrow(() -> new StoreException("no attempt " + attemptId, null));
      if (attempt.status() == AttemptStatus.SUBMITTED) {
        return result(c, attemptId).orElseThrow();
      }
      AttemptResult result = grading.apply(attempt);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO attempt_grade (attempt_id, question_id, ord, credit, outcome, "
          + "reason) VALUES (?, ?, ?, ?, ?, ?)")) {
        int ord = 0;
        for (Grade g : result.grades()) {
          ps.setLong(1, attemptId);
          ps.setString(2, g.questionId());
          ps.setInt(3, ord++);
          ps.setDouble(4, g.credit());
          ps.setString(5, g.outcome().wireName());
          ps.setString(6, g.reason().length() > 1000 ? g.reason().substring(0, 1000) : g.reason());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE attempt SET status = ?, submitted_at = ?, score = ?, max_score = ? WHERE id = ?")) {
        ps.setString(1, AttemptStatus.SUBMITTED.wireName());
        Sql.setInstant(ps, 2, now);
        ps.setDouble(3, result.score());
        ps.setDouble(4, result.maxScore());
        ps.setLong(5, attemptId);
        ps.executeUpdate();
      }
      return result;
    });
  }

  @Override
  public Optional<AttemptResult> result(long attemptId) {
    return db.transaction("read a result", c -> result(c, attemptId));
  }

  @Override
  public Map<Long, Integer> attemptCounts(long studentId) {
    return db.transaction("count attempts", c -> {
      Map<Long, Integer> out = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT quiz_id, COUNT(*) FROM attempt WHERE student_id = ? GROUP BY quiz_id")) {
        ps.setLong(1, studentId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.put(rs.getLong(1), rs.getInt(2));
          }
        }
      }
      return out;
    });
  }

  private static Optional<AttemptResult> result(Connection c, long attemptId) throws SQLException {
    double score;
    double max;
    try (PreparedStatement ps = c.prepareStatement("SELECT score, max_score FROM attempt WHERE id = ? AND status <> ?")) {
      ps.setLong(1, attemptId);
      ps.setString(2, OPEN);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        score = rs.getDouble(1);
        max = rs.getDouble(2);
      }
    }
    List<Grade> grades = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT question_id, outcome, credit, reason FROM attempt_grade WHERE attempt_id = ? ORDER BY ord")) {
      ps.setLong(1, attemptId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          grades.add(new Grade(rs.getString(1), Outcome.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)), rs.getDouble(3),
              rs.getString(4)));
        }
      }
    }
    return Optional.of(new AttemptResult(attemptId, score, max, grades));
  }

  private static Optional<Attempt> load(Connection c, long attemptId, boolean forUpdate) throws SQLException {
    Map<String, Answer> answers = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM attempt WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
      ps.setLong(1, attemptId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        try (PreparedStatement as = c.prepareStatement("SELECT question_id, answer_json FROM attempt_answer WHERE attempt_id = ?")) {
          as.setLong(1, attemptId);
          try (ResultSet ars = as.executeQuery()) {
            while (ars.next()) {
              answers.put(ars.getString(1), StoreJson.read(ars.getString(2), Answer.class));
            }
          }
        }
        return Optional.of(new Attempt(attemptId, rs.getLong("quiz_id"), rs.getLong("student_id"), rs.getInt("attempt_no"),
            AttemptStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getLong("seed"),
            Sql.getInstant(rs, "started_at"), Sql.getInstant(rs, "deadline"), Sql.getInstant(rs, "submitted_at"), answers));
      }
    }
  }

  /** Commits the answers still queued and stops the writer thread; call before closing the database. */
  @Override
  public void close() {
    answers.close();
  }
}
