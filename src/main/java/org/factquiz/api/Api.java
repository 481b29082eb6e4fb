package org.factquiz.api;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.quiz.Grader;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** Builds the Jersey application: JSON, validation, problem mapping, auth, headers and resources. */
public final class Api {
  private Api() {}

  /**
   * Every resource of the API. A feature added later registers its resource here with one line,
   * e.g. {@code new StudyResource(new StudyService(new JdbcStudyRepository(s.database()), s.clock())),}.
   */
  static List<Object> resources(Services s) {
    return List.of(
        new AccountResource(s.accounts(), s.classes()),
        new ArticleResource(s.library()),
        new QuestionResource(s.library(), s.questionSets()),
        new QuizResource(s.quizzes(), s.attempts(), s.attemptRepository()),
        new ProgressResource(s.progress()),
        new ExportResource(s.questionSets(), s.exports()),
        new StudyResource(s.study(), new Grader(s.library()), s.quizzes()),
        new OpenApiResource(),
        new WebappResource(s.webappDir()));
  }

  public static ResourceConfig application(Services services) {
    ResourceConfig config = new ResourceConfig();
    config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
    config.property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false);
    config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
    config.register(JacksonFeature.withoutExceptionMappers());
    config.register(new ApiJson());
    List<Object> providers = new ArrayList<>(ProblemMappers.all());
    providers.add(new BodySizeLimit());
    providers.add(new BearerAuthFilter(services.accounts()));
    providers.add(new SecurityHeaders());
    providers.forEach(config::register);
    resources(services).forEach(config::register);
    return config;
  }
}
