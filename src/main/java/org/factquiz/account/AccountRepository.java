package org.factquiz.account;

import java.time.Instant;
import java.util.Optional;

/** Stores accounts, the hashes of their passwords and of their bearer tokens. */
public interface AccountRepository {
  /** Creates the account; fails with {@link org.factquiz.StateConflictException} when the email is taken. */
  Account create(String email, String name, Role role, String passwordHash, Instant now);

  Optional<Account> find(long id);

  /** The account with this email and its password hash. */
  Optional<Credentials> findCredentials(String email);

  long countTeachers();

  void saveToken(String tokenHash, long accountId, Instant expiresAt);

  Optional<Session> findSession(String tokenHash, Instant now);

  void deleteToken(String tokenHash);

  void saveSetupToken(String tokenHash, Instant now);

  /** Deletes the setup token and says whether it existed; a setup token works once. */
  boolean consumeSetupToken(String tokenHash);

  /** An account with its stored password hash; never leaves the account feature. */
  record Credentials(Account account, String passwordHash) {}
}
