package org.factquiz.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factquiz.generate.Question;
import org.factquiz.quiz.Quiz;
import org.factquiz.quiz.QuizRepository;

/** Quizzes and the snapshot of their questions. */
public final class JdbcQuizRepository implements QuizRepository {
  private final Database db;

  public JdbcQuizRepository(Database db) {
    this.db = db;
  }

  @Override
  public Quiz create(long ownerId, long classId, String title, Integer timeLimitSeconds, int attemptsAllowed, boolean shuffle,
      Instant createdAt, List<Question> questions) {
    long id = db.transaction("open a quiz", c -> {
      long quizId;
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO quiz (owner_id, class_id, title, time_limit_seconds, "
          + "attempts_allowed, shuffle, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
        ps.setLong(1, ownerId);
        ps.setLong(2, classId);
        ps.setString(3, title);
        if (timeLimitSeconds == null) {
          ps.setNull(4, Types.INTEGER);
        } else {
          ps.setInt(4, timeLimitSeconds);
        }
        ps.setInt(5, attemptsAllowed);
        ps.setBoolean(6, shuffle);
        Sql.setInstant(ps, 7, createdAt);
        ps.executeUpdate();
        quizId = Sql.generatedId(ps);
      }
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO quiz_question (quiz_id, question_id, ord, question_json) VALUES (?, ?, ?, ?)")) {
        int ord = 0;
        for (Question q : questions) {
          ps.setLong(1, quizId);
          ps.setString(2, q.id());
          ps.setInt(3, ord++);
          ps.setString(4, StoreJson.write(q));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      return quizId;
    });
    return new Quiz(id, ownerId, classId, title, timeLimitSeconds, attemptsAllowed, shuffle, createdAt, questions);
  }

  @Override
  public Optional<Quiz> find(long id) {
    return db.transaction("read a quiz", c -> {
      List<Question> questions = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT question_json FROM quiz_question WHERE quiz_id = ? ORDER BY ord")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            questions.add(StoreJson.read(rs.getString(1), Question.class));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM quiz WHERE id = ?")) {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
          int limit = rs.getInt("time_limit_seconds");
          Integer timeLimit = rs.wasNull() ? null : limit;
          return Optional.of(new Quiz(id, rs.getLong("owner_id"), rs.getLong("class_id"), rs.getString("title"), timeLimit,
              rs.getInt("attempts_allowed"), rs.getBoolean("shuffle"), Sql.getInstant(rs, "created_at"), questions));
        }
      }
    });
  }

  @Override
  public List<Long> idsOfOwner(long ownerId) {
    return ids("SELECT id FROM quiz WHERE owner_id = ? ORDER BY id", ownerId);
  }

  @Override
  public List<Long> idsOpenTo(long studentId) {
    return ids("SELECT q.id FROM quiz q JOIN class_member m ON m.class_id = q.class_id WHERE m.student_id = ? ORDER BY q.id",
        studentId);
  }

  private List<Long> ids(String sql, long key) {
    return db.transaction("list quizzes", c -> {
      List<Long> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(rs.getLong(1));
          }
        }
      }
      return out;
    });
  }
}
