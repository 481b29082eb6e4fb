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

  /**
   * The checksum Flyway records for a script of {@code db/migration}: CRC-32 over the UTF-8 bytes of
   * its lines without their line ends (and without a byte-order mark), as a signed int; null when
   * the script is missing. A script changed after it was applied no longer matches its history row.
   */
  static Integer checksum(String script) {
    try (InputStream in = MigrationIndex.class.getResourceAsStream("/db/migration/" + script)) {
      if (in == null) {
        return null;
      }
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean first = true;
      for (String line; (line = r.readLine()) != null; first = false) {
        crc.update((first ? line.replaceFirst("^\uFEFF", "") : line).getBytes(StandardCharsets.UTF_8));
      }
      return (int) crc.getValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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
