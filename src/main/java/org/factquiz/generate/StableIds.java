package org.factquiz.generate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.factquiz.extract.DatedEvent;
import org.factquiz.extract.Fact;
import org.factquiz.extract.RoleHolding;
import org.factquiz.extract.Statement;

/**
 * Ids that are the same on every run and machine: a fact's id hashes its article and content, a
 * question's id its fact, template and variant (SHA-256, first 12 hex digits).
 */
final class StableIds {
  private StableIds() {}

  static String fact(Fact fact) {
    String article = fact.evidence() == null ? "" : fact.evidence().article();
    String content;
    if (fact instanceof Statement s) {
      content = "statement|" + s.speaker() + "|" + s.direct() + "|" + s.text();
    } else if (fact instanceof RoleHolding r) {
      content = "role|" + r.person() + "|" + r.role();
    } else {
      DatedEvent e = (DatedEvent) fact;
      content = "event|" + e.what() + "|" + e.when().iso();
    }
    return "f-" + hash(article + "|" + content);
  }

  /** The id of a question testing several facts together (matching, ordering). */
  static String group(List<String> factIds) {
    return "g-" + hash(String.join("|", factIds.stream().sorted().toList()));
  }

  static String question(String factId, String template, String variant) {
    return "q-" + hash(factId + "|" + template + "|" + variant);
  }

  /** A 64-bit number from text and a seed, for seeded choices that do not depend on iteration order. */
  static long mix(long seed, String text) {
    long h = seed * 0x9E3779B97F4A7C15L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ b) * 0x100000001B3L;
    }
    return h ^ (h >>> 29);
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6).toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
