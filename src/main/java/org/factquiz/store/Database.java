package org.factquiz.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The connection pool, migrated by Flyway from {@code db/migration} on open, and the transaction
 * boundary every JDBC repository uses: each unit of work commits or rolls back as a whole.
 */
public final class Database implements AutoCloseable {
  private final HikariDataSource pool;

  private Database(HikariDataSource pool) {
    this.pool = pool;
  }

  /** Opens the pool and brings the schema to the newest migration. */
  public static Database open(String url, String user, String password) {
    Database db = connect(url, user, password);
    db.migrate();
    return db;
  }

  /**
   * The pool, not yet connected: the first connection (and with it the database file) opens at
   * the first use, so the server can build its other parts meanwhile. Call {@link #migrate} before
   * any repository touches it.
   */
  public static Database connect(String url, String user, String password) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    pool.setUsername(user);
    pool.setPassword(password);
    pool.setMaximumPoolSize(16);
    pool.setPoolName("factquiz");
    pool.setAutoCommit(false);
    return new Database(pool);
  }

  /**
   * Brings the schema to the newest migration; closes the pool when that fails. When the history
   * already lists every migration this build carries ({@code db/migration/index.txt}), Flyway is not
   * started at all: in a new JVM it costs over half a second of start-up for nothing to do.
   */
  public void migrate() {
    if (upToDate()) {
      return;
    }
    try {
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw new StoreException("cannot migrate the database at " + pool.getJdbcUrl() + ": " + e.getMessage(), e);
    }
  }

  /**
   * True when the history table records every script of {@link MigrationIndex} as applied with
   * success and with the checksum the script has now; else Flyway runs, migrates and validates
   * (a script edited after it was applied fails there, with Flyway's message).
   */
  boolean upToDate() {
    try (Connection c = pool.getConnection(); var s = c.createStatement();
        var r = s.executeQuery("SELECT \"script\", \"checksum\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
      java.util.Map<String, Integer> applied = new java.util.HashMap<>();
      while (r.next()) {
        int checksum = r.getInt(2);
        applied.put(r.getString(1), r.wasNull() ? null : checksum);
      }
      c.rollback();
      return MigrationIndex.scripts().stream()
          .allMatch(script -> applied.containsKey(script) && java.util.Objects.equals(applied.get(script), MigrationIndex.checksum(script)));
    } catch (SQLException e) {
      return false; // no history yet (a new database) or another schema: let Flyway decide
    }
  }

  /** For features added later (their own repositories): the pool, with auto-commit off. */
  public DataSource dataSource() {
    return pool;
  }

  public <T> T transaction(String what, SqlWork<T> work) {
    try (Connection c = pool.getConnection()) {
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("database failure while trying to " + what + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    pool.close();
  }
}
