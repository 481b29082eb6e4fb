package org.factquiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.factquiz.StateConflictException;
import org.factquiz.account.Account;
import org.factquiz.account.AccountRepository;
import org.factquiz.account.Role;
import org.factquiz.account.Session;

/** Accounts, token hashes and setup tokens in the {@code account}, {@code auth_token} and {@code setup_token} tables. */
public final class JdbcAccountRepository implements AccountRepository {
  private static final String COLUMNS = "a.id, a.email, a.name, a.role";
  private final Database db;

  public JdbcAccountRepository(Database db) {
    this.db = db;
  }

  @Override
  public Account create(String email, String name, Role role, String passwordHash, Instant now) {
    return db.transaction("create an account", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO account (email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
          Statement.RETURN_GENERATED_KEYS)) {
        ps.setString(1, email);
        ps.setString(2, name);
        ps.setString(3, role.wireName());
        ps.setString(4, passwordHash);
        Sql.setInstant(ps, 5, now);
        ps.executeUpdate();
        return new Account(Sql.generatedId(ps), email, name, role);
      } catch (SQLException e) {
        if (Sql.isConstraintViolation(e)) {
          throw new StateConflictException("an account with this email already exists");
        }
        throw e;
      }
    });
  }

  @Override
  public Optional<Account> find(long id) {
    return db.transaction("find an account", c -> one(c, "SELECT " + COLUMNS + " FROM account a WHERE a.id = ?", id));
  }

  @Override
  public Optional<Credentials> findCredentials(String email) {
    return db.transaction("find an account", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", a.password_hash FROM account a WHERE a.email = ?")) {
        ps.setString(1, email);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new Credentials(account(rs), rs.getString("password_hash"))) : Optional.empty();
        }
      }
    });
  }

  @Override
  public long countTeachers() {
    return db.transaction("count teachers", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM account WHERE role = ?")) {
        ps.setString(1, Role.TEACHER.wireName());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  @Override
  public void saveToken(String tokenHash, long accountId, Instant expiresAt) {
    db.transaction("save a token", c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO auth_token (token_hash, account_id, expires_at) VALUES (?, ?, ?)")) {
        ps.setString(1, tokenHash);
        ps.setLong(2, accountId);
        Sql.setInstant(ps, 3, expiresAt);
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public Optional<Session> findSession(String tokenHash, Instant now) {
    return db.transaction("check a token", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", t.expires_at FROM auth_token t "
          + "JOIN account a ON a.id = t.account_id WHERE t.token_hash = ? AND t.expires_at > ?")) {
        ps.setString(1, tokenHash);
        Sql.setInstant(ps, 2, now);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(new Session(account(rs), Sql.getInstant(rs, "expires_at"))) : Optional.empty();
        }
      }
    });
  }

  @Override
  public void deleteToken(String tokenHash) {
    db.transaction("delete a token", c -> update(c, "DELETE FROM auth_token WHERE token_hash = ?", tokenHash));
  }

  @Override
  public void saveSetupToken(String tokenHash, Instant now) {
    db.transaction("save a setup token", c -> {
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO setup_token (token_hash, created_at) VALUES (?, ?)")) {
        ps.setString(1, tokenHash);
        Sql.setInstant(ps, 2, now);
        return ps.executeUpdate();
      }
    });
  }

  @Override
  public boolean consumeSetupToken(String tokenHash) {
    return db.transaction("use a setup token",
        c -> update(c, "DELETE FROM setup_token WHERE token_hash = ?", tokenHash) == 1);
  }

  private static int update(Connection c, String sql, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, key);
      return ps.executeUpdate();
    }
  }

  private static Optional<Account> one(Connection c, String sql, long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(account(rs)) : Optional.empty();
      }
    }
  }

  private static Account account(ResultSet rs) throws SQLException {
    return new Account(rs.getLong("id"), rs.getString("email"), rs.getString("name"), Role.fromWireName(rs.getString("role")));
  }
}
