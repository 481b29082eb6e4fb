package org.factquiz;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.factquiz.account.AccountService;
import org.factquiz.account.ClassService;
import org.factquiz.account.PasswordHasher;
import org.factquiz.account.TokenMint;
import org.factquiz.api.Api;
import org.factquiz.api.Services;
import org.factquiz.export.ExportFormats;
import org.factquiz.progress.BankQuestionCatalog;
import org.factquiz.progress.FsrsScheduler;
import org.factquiz.progress.ProgressService;
import org.factquiz.progress.QuizAnswerFeed;
import org.factquiz.progress.StudyPlanner;
import org.factquiz.quiz.AttemptService;
import org.factquiz.quiz.ContentLoader;
import org.factquiz.quiz.ContentPipeline;
import org.factquiz.quiz.Grader;
import org.factquiz.quiz.KeyValidator;
import org.factquiz.quiz.Library;
import org.factquiz.quiz.QuestionSetService;
import org.factquiz.quiz.QuizService;
import org.factquiz.quiz.SubmissionListener;
import org.factquiz.store.Database;
import org.factquiz.store.JdbcAccountRepository;
import org.factquiz.store.JdbcAttemptRepository;
import org.factquiz.store.JdbcClassRepository;
import org.factquiz.store.JdbcLibraryRepository;
import org.factquiz.store.JdbcProgressRepository;
import org.factquiz.store.JdbcQuestionSetRepository;
import org.factquiz.store.JdbcQuizRepository;
import org.factquiz.store.JdbcStudyRepository;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;

/**
 * The composition root: builds every service from {@link Settings} in one readable method,
 * brings content up to date, and starts the HTTP server. {@code serve}, the tests and the load
 * benchmark all start the server through {@link #start}.
 */
public final class FactQuiz implements AutoCloseable {
  /** Jersey warns about every resource registered as an instance; the warning is noise here. */
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FactQuiz.class);
  private static final java.util.logging.Logger JERSEY_PROVIDERS = quiet("org.glassfish.jersey.internal.inject.Providers");
  private final HttpServer server;
  private final Database database;
  private final JdbcAttemptRepository attemptRepository;
  private final Services services;
  private final URI uri;

  private FactQuiz(HttpServer server, Database database, JdbcAttemptRepository attemptRepository, Services services,
      URI uri) {
    this.server = server;
    this.database = database;
    this.attemptRepository = attemptRepository;
    this.services = services;
    this.uri = uri;
  }

  /** Starts with the standard content pipeline (reader, rule-based extractor, template generator). */
  public static FactQuiz start(Settings settings, PrintStream console) {
    CountDownLatch serving = new CountDownLatch(1);
    try {
      return start(settings, StandardPipeline.create(settings.templatesDir(), serving), console);
    } finally {
      serving.countDown();
    }
  }

  public static FactQuiz start(Settings settings, ContentPipeline pipeline, PrintStream console) {
    return start(settings, pipeline, console, Clock.systemUTC());
  }

  /**
   * The one wiring method; tests pass their own pipeline and clock. Jersey and Grizzly are built
   * on a second thread while this one opens and migrates the database and loads the library (the
   * services are plain objects until first used); the server listens only once both are done.
   */
  public static FactQuiz start(Settings settings, ContentPipeline pipeline, PrintStream console, Clock clock) {
    long t0 = System.nanoTime();
    createDataDir(settings);
    Database database = Database.connect(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
    FutureTask<Built> server = null;
    try {
      TokenMint mint = new TokenMint();
      JdbcClassRepository classRepository = new JdbcClassRepository(database);
      AccountService accounts = new AccountService(new JdbcAccountRepository(database), classRepository,
          new PasswordHasher(), mint, clock, settings.tokenLifetime());
      ClassService classes = new ClassService(classRepository, mint);
      JdbcLibraryRepository libraryRepository = new JdbcLibraryRepository(database);
      Library library = new Library(libraryRepository, pipeline);
      QuestionSetService questionSets = new QuestionSetService(new JdbcQuestionSetRepository(database), library,
          new KeyValidator(library), clock);
      QuizService quizzes = new QuizService(new JdbcQuizRepository(database), questionSets, classes, clock);
      JdbcAttemptRepository attemptRepository = new JdbcAttemptRepository(database);
      StudyPlanner study = new StudyPlanner(new FsrsScheduler(FsrsScheduler.DEFAULT_RETENTION, clock),
          new JdbcStudyRepository(database), new BankQuestionCatalog(library));
      List<SubmissionListener> listeners = List.of(new QuizAnswerFeed(study));
      AttemptService attempts = new AttemptService(attemptRepository, quizzes, new Grader(library), clock, listeners);
      ProgressService progress = new ProgressService(new JdbcProgressRepository(database), quizzes, library);
      server = inBackground("factquiz-http-setup", () -> {
        Services services = new Services(database, clock, accounts, classes, library, questionSets, quizzes, attempts,
            attemptRepository, progress, ExportFormats.standard(), study, settings.webappDir());
        return new Built(services, createServer(settings, services));
      });

      database.migrate();
      LOG.info("database ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
      new ContentLoader(libraryRepository, pipeline).load(settings.contentDir());
      library.reload();
      LOG.info("library loaded in {} ms: {} articles", (System.nanoTime() - t0) / 1_000_000, library.entries().size());
      accounts.ensureFirstTeacher(settings.teacherEmail(), settings.teacherPassword()).ifPresent(token -> console.println(
          "No teacher account yet. Create one with this one-time setup token:\n  curl -X POST -H 'Content-Type: application/json' "
              + "-d '{\"setupToken\":\"" + token + "\",\"email\":\"you@example.org\",\"password\":\"at-least-8\",\"name\":\"You\"}' "
              + "http://localhost:" + settings.port() + "/api/auth/setup"));

      // while the second thread still builds Jersey, load Hibernate Validator's classes here (this
      // thread would only wait): Jersey's validation then finds them loaded
      try (jakarta.validation.ValidatorFactory warm = jakarta.validation.Validation.buildDefaultValidatorFactory()) {
        warm.getValidator();
      }
      Built built = result(server);
      HttpServer http = listen(settings, built.server());
      int port = http.getListener("grizzly").getPort();
      LOG.info("listening on port {}, {} ms after start", port, (System.nanoTime() - t0) / 1_000_000);
      return new FactQuiz(http, database, attemptRepository, built.services(), URI.create("http://" + settings.host() + ":" + port));
    } catch (RuntimeException e) {
      if (server != null) {
        server.cancel(true);
      }
      database.close();
      throw e;
    }
  }

  /** The services and the server built on them, not yet listening. */
  private record Built(Services services, HttpServer server) {}

  private static <T> FutureTask<T> inBackground(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  private static <T> T result(FutureTask<T> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new FactQuizException("cannot build the HTTP server: " + e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FactQuizException("interrupted while starting", e);
    }
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  /** The Jersey application on a Grizzly server, built but not yet listening. */
  private static HttpServer createServer(Settings settings, Services services) {
    URI base = URI.create("http://" + settings.host() + ":" + settings.port() + "/");
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(base, Api.application(services), false);
    NetworkListener listener = server.getListener("grizzly");
    listener.getTransport().setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig()
        .setPoolName("factquiz-http").setCorePoolSize(32).setMaxPoolSize(32));
    return server;
  }

  private static HttpServer listen(Settings settings, HttpServer server) {
    try {
      server.start();
    } catch (IOException e) {
      throw new FactQuizException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
    }
    return server;
  }

  private static void createDataDir(Settings settings) {
    try {
      Files.createDirectories(settings.dataDir());
    } catch (IOException e) {
      throw new FactQuizException("cannot create the data directory " + settings.dataDir() + ": " + e.getMessage(), e);
    }
  }

  /** Where the server listens, e.g. http://127.0.0.1:8080 (no trailing slash). */
  public URI uri() {
    return uri;
  }

  public Services services() {
    return services;
  }

  @Override
  public void close() {
    server.shutdownNow();
    attemptRepository.close();
    database.close();
  }
}
