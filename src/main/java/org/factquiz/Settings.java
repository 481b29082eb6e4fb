package org.factquiz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * How one factquiz server runs: where it listens, which database it uses, where content and the
 * web app live, and the first teacher. Built from {@code FACTQUIZ_*} environment variables.
 */
public record Settings(
    String host,
    int port,
    String jdbcUrl,
    String jdbcUser,
    String jdbcPassword,
    Path dataDir,
    Path contentDir,
    Path webappDir,
    Path templatesDir,
    String teacherEmail,
    String teacherPassword,
    Duration tokenLifetime) {

  /** Reads the environment; every variable has a default except the first teacher's account. */
  public static Settings fromEnvironment(Map<String, String> env) {
    Path dataDir = Path.of(env.getOrDefault("FACTQUIZ_DATA_DIR", "./data"));
    String port = env.getOrDefault("FACTQUIZ_PORT", "8080");
    int parsedPort;
    try {
      parsedPort = Integer.parseInt(port.trim());
    } catch (NumberFormatException e) {
      throw new FactQuizException("FACTQUIZ_PORT is not a port number: " + port);
    }
    return new Settings(
        env.getOrDefault("FACTQUIZ_HOST", "127.0.0.1"),
        parsedPort,
        env.getOrDefault("FACTQUIZ_JDBC_URL", h2FileUrl(dataDir)),
        env.getOrDefault("FACTQUIZ_JDBC_USER", "factquiz"),
        env.getOrDefault("FACTQUIZ_JDBC_PASSWORD", ""),
        dataDir,
        Path.of(env.getOrDefault("FACTQUIZ_CONTENT_DIR", "./content")),
        Path.of(env.getOrDefault("FACTQUIZ_WEBAPP_DIR", "./webapp")),
        Path.of(env.getOrDefault("FACTQUIZ_TEMPLATES_DIR", "./question-templates")),
        blankToNull(env.get("FACTQUIZ_TEACHER_EMAIL")),
        blankToNull(env.get("FACTQUIZ_TEACHER_PASSWORD")),
        Duration.ofDays(7));
  }

  /** Settings for a server on a random local port with its own database under {@code dataDir}. */
  public static Settings forTest(Path dataDir, Path contentDir, Path webappDir) {
    return new Settings("127.0.0.1", 0, h2FileUrl(dataDir), "factquiz", "", dataDir, contentDir, webappDir,
        Path.of("question-templates"), "teacher@example.org", "teacher-password", Duration.ofDays(7));
  }

  public Settings withPort(int newPort) {
    return new Settings(host, newPort, jdbcUrl, jdbcUser, jdbcPassword, dataDir, contentDir, webappDir, templatesDir,
        teacherEmail, teacherPassword, tokenLifetime);
  }

  /** A file database under the data directory; the file is created on first use. */
  public static String h2FileUrl(Path dataDir) {
    String file = dataDir.toAbsolutePath().normalize().resolve("factquiz").toString().replace('\\', '/');
    // WRITE_DELAY=0: a commit reaches the file before the 2xx that acknowledges it, so even a killed
    // process keeps every acknowledged answer (H2's default defers the write by up to 500 ms).
    return String.format(Locale.ROOT, "jdbc:h2:file:%s;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", file);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
