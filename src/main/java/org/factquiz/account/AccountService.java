package org.factquiz.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.factquiz.InvalidInputException;
import org.factquiz.NotAuthenticatedException;

/** Signs accounts up, in and out, and answers who a bearer token belongs to. */
public final class AccountService {
  private final AccountRepository accounts;
  private final ClassRepository classes;
  private final PasswordHasher hasher;
  private final TokenMint mint;
  private final Clock clock;
  private final Duration tokenLifetime;
  /** Token hash to session: answers most requests without a database round trip. */
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  public AccountService(AccountRepository accounts, ClassRepository classes, PasswordHasher hasher, TokenMint mint,
      Clock clock, Duration tokenLifetime) {
    this.accounts = accounts;
    this.classes = classes;
    this.hasher = hasher;
    this.mint = mint;
    this.clock = clock;
    this.tokenLifetime = tokenLifetime;
  }

  /** A student signs up with a class code and joins that class. */
  public SignedIn signUpStudent(String email, String password, String name, String classCode) {
    Classroom classroom = classes.findByCode(normaliseCode(classCode))
        .orElseThrow(() -> new InvalidInputException("/classCode", "no class has this code"));
    Account account = accounts.create(normaliseEmail(email), name.trim(), Role.STUDENT, hasher.hash(password), clock.instant());
    classes.join(classroom.id(), account.id());
    return issueToken(account);
  }

  public SignedIn signIn(String email, String password) {
    AccountRepository.Credentials credentials = accounts.findCredentials(normaliseEmail(email))
        .orElseThrow(() -> new NotAuthenticatedException("wrong email or password"));
    if (!hasher.matches(password, credentials.passwordHash())) {
      throw new NotAuthenticatedException("wrong email or password");
    }
    return issueToken(credentials.account());
  }

  public void signOut(String token) {
    String hash = TokenMint.hash(token);
    sessions.remove(hash);
    accounts.deleteToken(hash);
  }

  /** The account a token belongs to, or empty when the token is unknown or expired. */
  public Optional<Account> authenticate(String token) {
    String hash = TokenMint.hash(token);
    Instant now = clock.instant();
    Session session = sessions.get(hash);
    if (session == null) {
      session = accounts.findSession(hash, now).orElse(null);
      if (session == null) {
        return Optional.empty();
      }
      sessions.put(hash, session);
    }
    if (!now.isBefore(session.expiresAt())) {
      sessions.remove(hash);
      return Optional.empty();
    }
    return Optional.of(session.account());
  }

  /**
   * Makes sure a teacher can exist: creates the configured teacher when there is none, or else
   * returns a one-time setup token for {@link #setUpTeacher} (empty once any teacher exists).
   */
  public Optional<String> ensureFirstTeacher(String email, String password) {
    if (accounts.countTeachers() > 0) {
      return Optional.empty();
    }
    if (email != null && password != null) {
      accounts.create(normaliseEmail(email), "Teacher", Role.TEACHER, hasher.hash(password), clock.instant());
      return Optional.empty();
    }
    String token = mint.newToken();
    accounts.saveSetupToken(TokenMint.hash(token), clock.instant());
    return Optional.of(token);
  }

  /** Creates a teacher with a setup token printed at first start; each token works once. */
  public SignedIn setUpTeacher(String setupToken, String email, String password, String name) {
    if (!accounts.consumeSetupToken(TokenMint.hash(setupToken))) {
      throw new NotAuthenticatedException("this setup token is unknown or already used");
    }
    Account account = accounts.create(normaliseEmail(email), name.trim(), Role.TEACHER, hasher.hash(password), clock.instant());
    return issueToken(account);
  }

  private SignedIn issueToken(Account account) {
    String token = mint.newToken();
    accounts.saveToken(TokenMint.hash(token), account.id(), clock.instant().plus(tokenLifetime));
    return new SignedIn(token, account);
  }

  static String normaliseEmail(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }

  static String normaliseCode(String code) {
    return code.trim().toUpperCase(Locale.ROOT);
  }
}
