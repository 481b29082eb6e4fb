package org.factquiz.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip built in memory with java.util.zip: UTF-8 entry names relative to the root (never
 * absolute, "..", or backslashes) and a fixed timestamp, so the same set gives the same bytes.
 */
final class ZipPackage {
  private static final FileTime FIXED = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
  private final ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);

  ZipPackage() {
    zip.setLevel(Deflater.BEST_SPEED); // packages are downloaded once; speed matters more than a few KB
  }

  ZipPackage add(String name, byte[] content) {
    if (name.startsWith("/") || name.contains("\\") || name.equals("..") || name.startsWith("../") || name.contains("/../")) {
      throw new ExportException("unsafe zip entry name: " + name);
    }
    try {
      ZipEntry entry = new ZipEntry(name);
      entry.setLastModifiedTime(FIXED);
      zip.putNextEntry(entry);
      zip.write(content);
      zip.closeEntry();
    } catch (IOException e) {
      throw new ExportException("cannot write zip entry " + name, e);
    }
    return this;
  }

  byte[] finish() {
    try {
      zip.close();
    } catch (IOException e) {
      throw new ExportException("cannot finish zip", e);
    }
    return bytes.toByteArray();
  }
}
