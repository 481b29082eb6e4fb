package org.factquiz.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factquiz.generate.Question;
import org.factquiz.progress.GradedItem;
import org.factquiz.progress.ProgressRepository;
import org.factquiz.quiz.Outcome;

/** Graded answers joined with their attempt, quiz, student and question snapshot. */
public final class JdbcProgressRepository implements ProgressRepository {
  private static final String SELECT = "SELECT a.id AS attempt_id, a.student_id, s.name AS student_name, q.id AS quiz_id, "
      + "q.title, a.submitted_at, qq.question_json, g.credit, g.outcome FROM attempt a "
      + "JOIN quiz q ON q.id = a.quiz_id JOIN account s ON s.id = a.student_id "
      + "JOIN attempt_grade g ON g.attempt_id = a.id "
      + "JOIN quiz_question qq ON qq.quiz_id = a.quiz_id AND qq.question_id = g.question_id "
      + "WHERE a.status = 'submitted' AND ";
  private static final String ORDER = " ORDER BY a.submitted_at, a.id, g.ord";
  private final Database db;

  public JdbcProgressRepository(Database db) {
    this.db = db;
  }

  @Override
  public List<GradedItem> ofStudent(long studentId) {
    return query(SELECT + "a.student_id = ?" + ORDER, studentId);
  }

  @Override
  public List<GradedItem> ofQuiz(long quizId) {
    return query(SELECT + "a.quiz_id = ?" + ORDER, quizId);
  }

  private List<GradedItem> query(String sql, long key) {
    return db.transaction("read graded answers", c -> {
      List<GradedItem> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setLong(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(new GradedItem(rs.getLong("attempt_id"), rs.getLong("student_id"), rs.getString("student_name"),
                rs.getLong("quiz_id"), rs.getString("title"), Sql.getInstant(rs, "submitted_at"),
                StoreJson.read(rs.getString("question_json"), Question.class), rs.getDouble("credit"),
                Outcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT))));
          }
        }
      }
      return out;
    });
  }
}
