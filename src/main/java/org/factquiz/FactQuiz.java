package org.factquiz;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
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
    return start(settings, StandardPipeline.create(settings.templatesDir()), console);
  }

  public static FactQuiz start(Settings settings, ContentPipeline pipeline, PrintStream console) {
    return start(settings, pipeline, console, Clock.systemUTC());
  }

  /** The one wiring method; tests pass their own pipeline and clock. */
  public static FactQuiz start(Settings settings, ContentPipeline pipeline, PrintStream console, Clock clock) {
    long t0 = System.nanoTime();
    createDataDir(settings);
    Database database = Database.open(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword());
    LOG.info("database ready in {} ms", (System.nanoTime() - t0) / 1_000_000);
    try {
      TokenMint mint = new TokenMint();
      JdbcClassRepository classRepository = new JdbcClassRepository(database);
      AccountService accounts = new AccountService(new JdbcAccountRepository(database), classRepository,
          new PasswordHasher(), mint, clock, settings.tokenLifetime());
      ClassService classes = new ClassService(classRepository, mint);

      JdbcLibraryRepository libraryRepository = new JdbcLibraryRepository(database);
      new ContentLoader(libraryRepository, pipeline).load(settings.contentDir());
      Library library = new Library(libraryRepository, pipeline);
      library.reload();
      LOG.info("library loaded in {} ms: {} articles", (System.nanoTime() - t0) / 1_000_000, library.entries().size());

      QuestionSetService questionSets = new QuestionSetService(new JdbcQuestionSetRepository(database), library,
          new KeyValidator(library), clock);
      QuizService quizzes = new QuizService(new JdbcQuizRepository(database), questionSets, classes, clock);
      JdbcAttemptRepository attemptRepository = new JdbcAttemptRepository(database);
      StudyPlanner study = new StudyPlanner(new FsrsScheduler(FsrsScheduler.DEFAULT_RETENTION, clock),
          new JdbcStudyRepository(database.dataSource()), new BankQuestionCatalog(library));
      List<SubmissionListener> listeners = List.of(new QuizAnswerFeed(study));
      AttemptService attempts = new AttemptService(attemptRepository, quizzes, new Grader(library), clock, listeners);
      ProgressService progress = new ProgressService(new JdbcProgressRepository(database), quizzes, library);

      accounts.ensureFirstTeacher(settings.teacherEmail(), settings.teacherPassword()).ifPresent(token -> console.println(
          "No teacher account yet. Create one with this one-time setup token:\n  curl -X POST -H 'Content-Type: application/json' "
              + "-d '{\"setupToken\":\"" + token + "\",\"email\":\"you@example.org\",\"password\":\"at-least-8\",\"name\":\"You\"}' "
              + "http://localhost:" + settings.port() + "/api/auth/setup"));

      Services services = new Services(database, clock, accounts, classes, library, questionSets, quizzes, attempts,
          attemptRepository, progress, ExportFormats.standard(), study, settings.webappDir());
      HttpServer server = startServer(settings, services);
      int port = server.getListener("grizzly").getPort();
      LOG.info("listening on port {}, {} ms after start", port, (System.nanoTime() - t0) / 1_000_000);
      return new FactQuiz(server, database, attemptRepository, services, URI.create("http://" + settings.host() + ":" + port));
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(java.util.logging.Level.SEVERE);
    return logger;
  }

  private static HttpServer startServer(Settings settings, Services services) {
    URI base = URI.create("http://" + settings.host() + ":" + settings.port() + "/");
    HttpServer server = GrizzlyHttpServerFactory.createHttpServer(base, Api.application(services), false);
    NetworkListener listener = server.getListener("grizzly");
    listener.getTransport().setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig()
        .setPoolName("factquiz-http").setCorePoolSize(Integer.getInteger("fq.workers", 32)).setMaxPoolSize(Integer.getInteger("fq.workers", 32)));
    try {
      server.start();
    } catch (IOException e) {
      throw new FactQuizException("cannot listen on " + base + ": " + e.getMessage(), e);
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
