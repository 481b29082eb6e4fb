package org.factquiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factquiz.content.Article;
import org.factquiz.extract.ArticleFacts;
import org.factquiz.generate.Question;
import org.factquiz.quiz.LibraryEntry;
import org.factquiz.quiz.LibraryRepository;

/** Articles, facts and the question bank as JSON text, and the content fingerprint. */
public final class JdbcLibraryRepository implements LibraryRepository {
  private final Database db;

  public JdbcLibraryRepository(Database db) {
    this.db = db;
  }

  @Override
  public Optional<String> contentFingerprint() {
    return db.transaction("read the content fingerprint", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint FROM content_state WHERE id = 1");
           ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    });
  }

  @Override
  public void replaceContent(String fingerprint, List<LibraryEntry> entries, List<Question> questions) {
    db.transaction("store the generated content", c -> {
      List<String> old = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM article WHERE origin = ?")) {
        ps.setString(1, LibraryEntry.CONTENT);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            old.add(rs.getString(1));
          }
        }
      }
      for (String id : old) {
        delete(c, id);
      }
      for (LibraryEntry e : entries) {
        delete(c, e.article().id());
        insert(c, e);
      }
      insertQuestions(c, questions);
      try (PreparedStatement del = c.prepareStatement("DELETE FROM content_state");
           PreparedStatement ins = c.prepareStatement("INSERT INTO content_state (id, fingerprint, updated_at) VALUES (1, ?, ?)")) {
        del.executeUpdate();
        ins.setString(1, fingerprint);
        Sql.setInstant(ins, 2, Instant.now());
        ins.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public void add(LibraryEntry entry, List<Question> questions) {
    db.transaction("store an article", c -> {
      delete(c, entry.article().id());
      insert(c, entry);
      insertQuestions(c, questions);
      return null;
    });
  }

  @Override
  public List<LibraryEntry> entries() {
    return db.transaction("read the articles", c -> {
      List<LibraryEntry> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT origin, article_json, facts_json FROM article ORDER BY ord, id");
           ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new LibraryEntry(StoreJson.read(rs.getString(2), Article.class),
              StoreJson.read(rs.getString(3), ArticleFacts.class), rs.getString(1)));
        }
      }
      return out;
    });
  }

  @Override
  public List<Question> questions() {
    return db.transaction("read the question bank", c -> {
      List<Question> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT question_json FROM bank_question ORDER BY ord, id");
           ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(StoreJson.read(rs.getString(1), Question.class));
        }
      }
      return out;
    });
  }

  private static void delete(Connection c, String articleId) throws SQLException {
    for (String sql : List.of("DELETE FROM bank_question WHERE article_id = ?", "DELETE FROM article WHERE id = ?")) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, articleId);
        ps.executeUpdate();
      }
    }
  }

  private static void insert(Connection c, LibraryEntry e) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO article (id, origin, ord, article_json, facts_json) VALUES (?, ?, (SELECT COALESCE(MAX(ord), 0) + 1 FROM article), ?, ?)")) {
      ps.setString(1, e.article().id());
      ps.setString(2, e.origin());
      ps.setString(3, StoreJson.write(e.article()));
      ps.setString(4, StoreJson.write(e.facts()));
      ps.executeUpdate();
    }
  }

  private static void insertQuestions(Connection c, List<Question> questions) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "INSERT INTO bank_question (id, article_id, ord, question_json) VALUES (?, ?, ?, ?)")) {
      int ord = 0;
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Question q : questions) {
        if (!seen.add(q.id())) {
          continue;
        }
        ps.setString(1, q.id());
        ps.setString(2, articleOf(q));
        ps.setInt(3, ord++);
        ps.setString(4, StoreJson.write(q));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static String articleOf(Question q) {
    if (q.tags() != null && q.tags().article() != null) {
      return q.tags().article();
    }
    return q.evidence() == null ? "" : q.evidence().article();
  }
}
