package org.factquiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.factquiz.generate.Question;
import org.factquiz.quiz.QuestionSetRepository;
import org.factquiz.quiz.ReviewStatus;
import org.factquiz.quiz.SavedQuestionSet;
import org.factquiz.quiz.SetEntry;

/** Question sets, the review status of each question and all its versions. */
public final class JdbcQuestionSetRepository implements QuestionSetRepository {
  private final Database db;

  public JdbcQuestionSetRepository(Database db) {
    this.db = db;
  }

  @Override
  public SavedQuestionSet create(long ownerId, String title, Instant createdAt, List<Question> questions) {
    long id = db.transaction("create a question set", c -> {
      long setId;
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO question_set (owner_id, title, created_at) VALUES (?, ?, ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        ps.setLong(1, ownerId);
        ps.setString(2, title);
        Sql.setInstant(ps, 3, createdAt);
        ps.executeUpdate();
        setId = Sql.generatedId(ps);
      }
      try (PreparedStatement item = c.prepareStatement(
          "INSERT INTO question_set_item (set_id, question_id, ord, status, version) VALUES (?, ?, ?, ?, 1)")) {
        int ord = 0;
        Set<String> seen = new HashSet<>();
        for (Question q : questions) {
          if (!seen.add(q.id())) {
            continue;
          }
          item.setLong(1, setId);
          item.setString(2, q.id());
          item.setInt(3, ord++);
          item.setString(4, ReviewStatus.PENDING.wireName());
          item.addBatch();
        }
        item.executeBatch();
      }
      for (Question q : questions) {
        insertVersion(c, setId, q, 1, null, createdAt);
      }
      return setId;
    });
    return find(id).orElseThrow();
  }

  @Override
  public List<SavedQuestionSet> ofOwner(long ownerId) {
    return db.transaction("list question sets", c -> {
      List<Long> ids = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM question_set WHERE owner_id = ? ORDER BY id")) {
        ps.setLong(1, ownerId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getLong(1));
          }
        }
      }
      List<SavedQuestionSet> out = new ArrayList<>();
      for (long id : ids) {
        load(c, id).ifPresent(out::add);
      }
      return out;
    });
  }

  @Override
  public Optional<SavedQuestionSet> find(long id) {
    return db.transaction("read a question set", c -> load(c, id));
  }

  @Override
  public void setStatus(long setId, String questionId, ReviewStatus status) {
    db.transaction("review a question", c -> {
      try (PreparedStatement ps = c.prepareStatement("UPDATE question_set_item SET status = ? WHERE set_id = ? AND question_id = ?")) {
        ps.setString(1, status.wireName());
        ps.setLong(2, setId);
        ps.setString(3, questionId);
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public void saveVersion(long setId, Question question, int version, long editorId, Instant editedAt) {
    db.transaction("store an edited question", c -> {
      insertVersion(c, setId, question, version, editorId, editedAt);
      try (PreparedStatement ps = c.prepareStatement("UPDATE question_set_item SET version = ? WHERE set_id = ? AND question_id = ?")) {
        ps.setInt(1, version);
        ps.setLong(2, setId);
        ps.setString(3, question.id());
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public void delete(long id) {
    db.transaction("delete a question set", c -> {
      for (String sql : List.of("DELETE FROM question_version WHERE set_id = ?", "DELETE FROM question_set_item WHERE set_id = ?",
          "DELETE FROM question_set WHERE id = ?")) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setLong(1, id);
          ps.executeUpdate();
        }
      }
      return null;
    });
  }

  private static void insertVersion(Connection c, long setId, Question q, int version, Long editor, Instant at)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO question_version (set_id, question_id, version, question_json, "
        + "edited_by, edited_at) SELECT ?, ?, ?, ?, ?, ? FROM question_set_item WHERE set_id = ? AND question_id = ? "
        + "AND NOT EXISTS (SELECT 1 FROM question_version v WHERE v.set_id = ? AND v.question_id = ? AND v.version = ?)")) {
      ps.setLong(1, setId);
      ps.setString(2, q.id());
      ps.setInt(3, version);
      ps.setString(4, StoreJson.write(q));
      ps.setObject(5, editor);
      Sql.setInstant(ps, 6, at);
      ps.setLong(7, setId);
      ps.setString(8, q.id());
      ps.setLong(9, setId);
      ps.setString(10, q.id());
      ps.setInt(11, version);
      ps.executeUpdate();
    }
  }

  private static Optional<SavedQuestionSet> load(Connection c, long id) throws SQLException {
    String title;
    long owner;
    Instant created;
    try (PreparedStatement ps = c.prepareStatement("SELECT * FROM question_set WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        title = rs.getString("title");
        owner = rs.getLong("owner_id");
        created = Sql.getInstant(rs, "created_at");
      }
    }
    List<SetEntry> entries = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT i.status, i.version, v.question_json FROM question_set_item i "
        + "JOIN question_version v ON v.set_id = i.set_id AND v.question_id = i.question_id AND v.version = i.version "
        + "WHERE i.set_id = ? ORDER BY i.ord")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          entries.add(new SetEntry(StoreJson.read(rs.getString(3), Question.class),
              ReviewStatus.valueOf(rs.getString(1).toUpperCase(Locale.ROOT)), rs.getInt(2)));
        }
      }
    }
    return Optional.of(new SavedQuestionSet(id, title, owner, created, entries));
  }
}
