package org.factquiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.factquiz.progress.FactCard;
import org.factquiz.progress.MemoryState;
import org.factquiz.progress.Rating;
import org.factquiz.progress.ReviewRecord;
import org.factquiz.progress.StudyRepository;

/** Study cards and reviews in the {@code study_card} and {@code study_review} tables (V100). */
public final class JdbcStudyRepository implements StudyRepository {
  private static final String COLUMNS = "learner, fact_id, article, stability, difficulty, reps, lapses,"
      + " last_review_ms, due_ms, last_question_id, last_template";

  private final Database database;

  public JdbcStudyRepository(Database database) {
    this.database = database;
  }

  @Override
  public Optional<FactCard> find(String learner, String factId) {
    List<FactCard> found = queryCards(
        "SELECT " + COLUMNS + " FROM study_card WHERE learner = ? AND fact_id = ?", learner, factId);
    return found.stream().findFirst();
  }

  @Override
  public void save(FactCard card, ReviewRecord review) {
    database.transaction("save the review", c -> {
      if (update(c, card) == 0) {
        insert(c, card);
      }
      appendReview(c, review);
      return null;
    });
  }

  @Override
  public List<FactCard> due(String learner, Instant asOf, Collection<String> articles, int limit) {
    if (articles != null && articles.isEmpty()) {
      return List.of();
    }
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS
        + " FROM study_card WHERE learner = ? AND due_ms <= ?");
    List<Object> args = new ArrayList<>(List.of(learner, asOf.toEpochMilli()));
    if (articles != null) {
      sql.append(" AND article IN (").append(String.join(",", Collections.nCopies(articles.size(), "?")))
          .append(')');
      args.addAll(articles);
    }
    // "learner, due_ms" (learner is fixed) lets the database read the index in order and stop early.
    sql.append(" ORDER BY learner, due_ms FETCH FIRST ").append(Math.max(1, limit)).append(" ROWS ONLY");
    return queryCards(sql.toString(), args.toArray());
  }

  @Override
  public List<String> metFacts(String learner) {
    List<String> ids = new ArrayList<>();
    query("SELECT fact_id FROM study_card WHERE learner = ?", rs -> ids.add(rs.getString(1)), learner);
    return ids;
  }

  @Override
  public List<Instant> dueTimes(String learner, Instant until) {
    List<Instant> times = new ArrayList<>();
    query("SELECT due_ms FROM study_card WHERE learner = ? AND due_ms < ?",
        rs -> times.add(Instant.ofEpochMilli(rs.getLong(1))), learner, until.toEpochMilli());
    return times;
  }

  @Override
  public List<FactCard> cards(String learner) {
    return queryCards("SELECT " + COLUMNS + " FROM study_card WHERE learner = ?", learner);
  }

  @Override
  public List<ReviewRecord> reviews(String learner, Instant since) {
    List<ReviewRecord> reviews = new ArrayList<>();
    query("SELECT learner, fact_id, question_id, rating, reviewed_ms, predicted_recall FROM study_review"
            + " WHERE learner = ? AND reviewed_ms >= ? ORDER BY reviewed_ms, id",
        rs -> {
          double stored = rs.getDouble(6);
          double predicted = rs.wasNull() ? Double.NaN : stored;
          reviews.add(new ReviewRecord(rs.getString(1), rs.getString(2), rs.getString(3),
              Rating.values()[rs.getInt(4) - 1], Instant.ofEpochMilli(rs.getLong(5)),
              predicted));
        },
        learner, since.toEpochMilli());
    return reviews;
  }

  @Override
  public Optional<Double> desiredRetention(String learner) {
    List<Double> found = new ArrayList<>();
    query("SELECT desired_retention FROM study_setting WHERE learner = ?", rs -> found.add(rs.getDouble(1)), learner);
    return found.stream().findFirst();
  }

  @Override
  public void saveDesiredRetention(String learner, double retention) {
    database.transaction("save the study setting", c -> {
      try (PreparedStatement update = c.prepareStatement(
          "UPDATE study_setting SET desired_retention = ? WHERE learner = ?")) {
        update.setDouble(1, retention);
        update.setString(2, learner);
        if (update.executeUpdate() == 0) {
          try (PreparedStatement insert = c.prepareStatement(
              "INSERT INTO study_setting (learner, desired_retention) VALUES (?, ?)")) {
            insert.setString(1, learner);
            insert.setDouble(2, retention);
            insert.executeUpdate();
          }
        }
      }
      return null;
    });
  }

  private static int update(Connection c, FactCard card) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE study_card SET article = ?, stability = ?,"
        + " difficulty = ?, reps = ?, lapses = ?, last_review_ms = ?, due_ms = ?, last_question_id = ?,"
        + " last_template = ? WHERE learner = ? AND fact_id = ?")) {
      bindState(ps, 1, card);
      ps.setString(10, card.learner());
      ps.setString(11, card.factId());
      return ps.executeUpdate();
    }
  }

  private static void insert(Connection c, FactCard card) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO study_card (article, stability, difficulty, reps, lapses, last_review_ms, due_ms,"
            + " last_question_id, last_template, learner, fact_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      bindState(ps, 1, card);
      ps.setString(10, card.learner());
      ps.setString(11, card.factId());
      ps.executeUpdate();
    }
  }

  private static void bindState(PreparedStatement ps, int i, FactCard card) throws SQLException {
    MemoryState m = card.memory();
    ps.setString(i, card.article());
    ps.setDouble(i + 1, m.stability());
    ps.setDouble(i + 2, m.difficulty());
    ps.setInt(i + 3, m.reps());
    ps.setInt(i + 4, m.lapses());
    ps.setLong(i + 5, m.lastReview().toEpochMilli());
    ps.setLong(i + 6, m.due().toEpochMilli());
    ps.setString(i + 7, card.lastQuestionId());
    ps.setString(i + 8, card.lastTemplate());
  }

  private static void appendReview(Connection c, ReviewRecord r) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO study_review (learner, fact_id,"
        + " question_id, rating, reviewed_ms, predicted_recall) VALUES (?,?,?,?,?,?)")) {
      ps.setString(1, r.learner());
      ps.setString(2, r.factId());
      ps.setString(3, r.questionId());
      ps.setInt(4, r.rating().grade());
      ps.setLong(5, r.reviewedAt().toEpochMilli());
      if (r.firstMeeting()) {
        ps.setNull(6, Types.DOUBLE);
      } else {
        ps.setDouble(6, r.predictedRecall());
      }
      ps.executeUpdate();
    }
  }

  private List<FactCard> queryCards(String sql, Object... args) {
    List<FactCard> cards = new ArrayList<>();
    query(sql, rs -> cards.add(new FactCard(rs.getString(1), rs.getString(2), rs.getString(3),
        new MemoryState(rs.getDouble(4), rs.getDouble(5), rs.getInt(6), rs.getInt(7),
            Instant.ofEpochMilli(rs.getLong(8)), Instant.ofEpochMilli(rs.getLong(9))),
        rs.getString(10), rs.getString(11))), args);
    return cards;
  }

  private void query(String sql, RowReader reader, Object... args) {
    database.transaction("read study cards", c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          ps.setObject(i + 1, args[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            reader.read(rs);
          }
        }
      }
      return null;
    });
  }

  /** Reads one row. */
  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }
}
