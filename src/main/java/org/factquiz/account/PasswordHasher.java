package org.factquiz.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/** Hashes and checks passwords with bcrypt (cost 10, about 50 ms: slow for guessers, fine for people). */
public final class PasswordHasher {
  private static final int COST = 10;

  public String hash(String password) {
    return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
  }
}
