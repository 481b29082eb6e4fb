package org.factquiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factquiz.account.ClassRepository;
import org.factquiz.account.Classroom;

/** Classes and memberships in the {@code school_class} and {@code class_member} tables. */
public final class JdbcClassRepository implements ClassRepository {
  private final Database db;

  public JdbcClassRepository(Database db) {
    this.db = db;
  }

  @Override
  public Classroom create(String name, String code, long teacherId) {
    return db.transaction("create a class", c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO school_class (name, code, teacher_id) VALUES (?, ?, ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        ps.setString(1, name);
        ps.setString(2, code);
        ps.setLong(3, teacherId);
        ps.executeUpdate();
        return new Classroom(Sql.generatedId(ps), name, code, teacherId);
      }
    });
  }

  @Override
  public Optional<Classroom> find(long id) {
    return db.transaction("find a class", c -> list(c, "SELECT * FROM school_class WHERE id = ?", id).stream().findFirst());
  }

  @Override
  public Optional<Classroom> findByCode(String code) {
    return db.transaction("find a class", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT * FROM school_class WHERE code = ?")) {
        ps.setString(1, code);
        return read(ps).stream().findFirst();
      }
    });
  }

  @Override
  public List<Classroom> ofTeacher(long teacherId) {
    return db.transaction("list classes", c -> list(c, "SELECT * FROM school_class WHERE teacher_id = ? ORDER BY id", teacherId));
  }

  @Override
  public List<Classroom> ofStudent(long studentId) {
    return db.transaction("list classes", c -> list(c, "SELECT s.* FROM school_class s JOIN class_member m ON m.class_id = s.id "
        + "WHERE m.student_id = ? ORDER BY s.id", studentId));
  }

  @Override
  public void join(long classId, long studentId) {
    db.transaction("join a class", c -> {
      if (isMember(c, classId, studentId)) {
        return false;
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO class_member (class_id, student_id) VALUES (?, ?)")) {
        ps.setLong(1, classId);
        ps.setLong(2, studentId);
        return ps.executeUpdate() == 1;
      }
    });
  }

  @Override
  public boolean isMember(long classId, long studentId) {
    return db.transaction("check a membership", c -> isMember(c, classId, studentId));
  }

  private static boolean isMember(Connection c, long classId, long studentId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM class_member WHERE class_id = ? AND student_id = ?")) {
      ps.setLong(1, classId);
      ps.setLong(2, studentId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static List<Classroom> list(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      return read(ps);
    }
  }

  private static List<Classroom> read(PreparedStatement ps) throws SQLException {
    List<Classroom> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new Classroom(rs.getLong("id"), rs.getString("name"), rs.getString("code"), rs.getLong("teacher_id")));
      }
    }
    return out;
  }
}
