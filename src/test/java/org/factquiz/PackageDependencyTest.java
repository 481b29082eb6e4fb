package org.factquiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Reads the imports of the main sources and keeps the one-way data flow between features true. */
class PackageDependencyTest {
  private static final Path SOURCES = Path.of("src/main/java/org/factquiz");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.factquiz\\.(\\w+)\\.", Pattern.MULTILINE);

  /** What each package may import from the project; the root package is open to all. */
  private static final Map<String, Set<String>> ALLOWED = Map.of(
      "content", Set.of(),
      "account", Set.of(),
      "extract", Set.of("content"),
      "generate", Set.of("content", "extract"),
      "quiz", Set.of("content", "extract", "generate", "account"),
      "progress", Set.of("content", "extract", "generate", "quiz", "account"),
      "export", Set.of("content", "extract", "generate"),
      "store", Set.of("content", "extract", "generate", "quiz", "progress", "account"),
      "api", Set.of("content", "extract", "generate", "quiz", "progress", "export", "store", "account"),
      "cli", Set.of("content", "extract", "generate", "quiz", "progress", "export", "store", "api", "account"));

  @Test
  void featuresDependOnlyOnEarlierStagesOfTheFlow() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Path rel = SOURCES.relativize(file);
        if (rel.getNameCount() < 2) {
          continue;
        }
        String pkg = rel.getName(0).toString();
        Set<String> allowed = ALLOWED.get(pkg);
        assertFalse(allowed == null, "package not in the dependency map: " + pkg);
        Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          String target = m.group(1);
          if (!target.equals(pkg) && !allowed.contains(target) && ALLOWED.containsKey(target)) {
            violations.add(rel + " imports org.factquiz." + target);
          }
        }
      }
    }
    assertEquals(List.of(), violations);
  }
}
