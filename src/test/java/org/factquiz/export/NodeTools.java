package org.factquiz.export;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the third-party npm validators through Node: the packages named in src/test/node/package.json
 * (installed with {@code npm ci}, by .ci/run or on first use) and the check scripts of
 * ../shared/tools/validators/lib, copied into target/ next to a link to those packages.
 */
final class NodeTools {
  static final Path PACKAGE = Path.of("src", "test", "node").toAbsolutePath();
  static final Path SHARED_LIB = Path.of("..", "shared", "tools", "validators", "lib").toAbsolutePath().normalize();
  private static final Path RUN_DIR = Path.of("target", "node-validators").toAbsolutePath();
  private static Boolean ready;
  private static String installFailure;

  private NodeTools() {}

  /** Output of one Node run. */
  record Run(int exit, String stdout, String stderr) {
    String all() {
      return (stdout + "\n" + stderr).strip();
    }
  }

  /** Skips the calling test (one clear line) when node is missing; installs the packages once. */
  static synchronized void require() {
    if (ready == null) {
      ready = exec(List.of("node", "--version"), PACKAGE, 30) != null;
    }
    assumeTrue(ready, "node not found on PATH: third-party validators (gift-pegjs, moodlexml-to-json, ...) skipped");
    if (installFailure == null && !Files.isDirectory(PACKAGE.resolve("node_modules"))) {
      Run npm = exec(List.of("npm", "ci", "--no-audit", "--no-fund"), PACKAGE, 300);
      if (npm == null || npm.exit() != 0 || !Files.isDirectory(PACKAGE.resolve("node_modules"))) {
        installFailure = npm == null ? "npm not found" : npm.all().lines().reduce((a, b) -> b).orElse("exit " + npm.exit());
      }
    }
    // as in .ci/run: without the packages (no registry) the npm validators are skipped, not failed
    assumeTrue(installFailure == null, "npm ci failed in " + PACKAGE + " (" + installFailure + "): third-party validators skipped");
    prepareSharedScripts();
  }

  /** Runs one of the shared validator scripts, e.g. {@code shared("gift.cjs", file)}. */
  static Run shared(String script, String... args) {
    List<String> cmd = new ArrayList<>(List.of("node", RUN_DIR.resolve("lib").resolve(script).toString()));
    cmd.addAll(List.of(args));
    return checked(exec(cmd, RUN_DIR, 120), cmd);
  }

  /** Runs our read-back script: what the third-party parser reads from an export, as JSON. */
  static Run readBack(String format, Path file) {
    List<String> cmd = List.of("node", PACKAGE.resolve("readback.mjs").toString(), format, file.toString());
    return checked(exec(cmd, PACKAGE, 120), cmd);
  }

  private static Run checked(Run run, List<String> cmd) {
    if (run == null) {
      fail("could not run " + cmd);
    }
    return run;
  }

  private static void prepareSharedScripts() {
    if (!Files.isDirectory(SHARED_LIB)) {
      fail("the shared validator scripts are missing: expected " + SHARED_LIB);
    }
    try {
      Path lib = Files.createDirectories(RUN_DIR.resolve("lib"));
      try (var files = Files.list(SHARED_LIB)) {
        for (Path f : files.toList()) {
          Files.copy(f, lib.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Path link = RUN_DIR.resolve("node_modules");
      if (Files.isSymbolicLink(link) && !Files.exists(link)) {
        Files.delete(link); // left by a checkout elsewhere
      }
      if (!Files.exists(link)) {
        Files.createSymbolicLink(link, PACKAGE.resolve("node_modules"));
      }
    } catch (IOException e) {
      fail("cannot prepare " + RUN_DIR + ": " + e);
    }
  }

  private static Run exec(List<String> cmd, Path dir, int seconds) {
    try {
      Path out = Files.createTempFile("node-out", ".txt");
      Path err = Files.createTempFile("node-err", ".txt");
      Process p = new ProcessBuilder(cmd).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("timed out after " + seconds + " s: " + cmd);
      }
      Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      return run;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
