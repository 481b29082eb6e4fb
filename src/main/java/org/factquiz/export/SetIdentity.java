package org.factquiz.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionSet;

/**
 * A stable identifier for a whole set, a hash of its question ids, so a package of the same set
 * gets the same manifest and test identifiers on every export.
 */
final class SetIdentity {
  private SetIdentity() {}

  static String of(QuestionSet set) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Question q : set.questions()) {
        sha.update(q.id().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new ExportException("SHA-256 missing from the JDK", e);
    }
  }
}
