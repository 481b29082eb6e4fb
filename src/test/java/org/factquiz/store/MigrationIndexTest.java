package org.factquiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationIndexTest {
  @Test
  void theIndexListsEveryMigrationScriptOfTheFolder() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      List<String> scripts = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
      assertEquals(scripts, MigrationIndex.scripts().stream().sorted().toList());
    }
  }

  @Test
  void aDatabaseThatHasEveryMigrationOpensWithoutMigratingAgainAndKeepsItsData(@TempDir Path dir) throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db");
    try (Database db = Database.open(url, "t", "")) {
      db.transaction("write", c -> {
        c.createStatement().executeUpdate("CREATE TABLE marker (x INT)");
        return null;
      });
    }
    try (Database db = Database.open(url, "t", ""); Connection c = db.dataSource().getConnection();
        ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE")) {
      assertTrue(r.next());
      assertTrue(r.getInt(1) >= MigrationIndex.scripts().size(), "every script applied once");
      assertTrue(c.getMetaData().getTables(null, null, "MARKER", null).next(), "data kept");
    }
  }

  @Test
  void theChecksumsAreThoseFlywayRecordsSoTheShortcutTrustsOnlyUnchangedScripts(@TempDir Path dir) throws Exception {
    String url = "jdbc:h2:file:" + dir.resolve("db");
    try (Database db = Database.open(url, "t", "")) {
      assertTrue(db.upToDate(), "after Flyway's own migration every recorded checksum equals the script's");
      try (Connection c = db.dataSource().getConnection()) {
        c.createStatement().executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'");
        c.commit();
      }
      assertFalse(db.upToDate(), "a script whose checksum differs from its history row sends start-up through Flyway");
    }
  }
}
