package org.factquiz.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The migration scripts this build carries, read from {@code db/migration/index.txt} (one file name
 * a line; a test keeps it equal to the folder), so that start-up can tell "nothing to migrate"
 * without Flyway scanning the class path.
 */
final class MigrationIndex {
  private MigrationIndex() {}

  static List<String> scripts() {
    try (InputStream in = MigrationIndex.class.getResourceAsStream("/db/migration/index.txt")) {
      if (in == null) {
        return List.of("(no index: always migrate)");
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip());
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
