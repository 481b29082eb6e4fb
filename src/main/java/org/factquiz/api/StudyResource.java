package org.factquiz.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factquiz.InvalidInputException;
import org.factquiz.NotFoundException;
import org.factquiz.account.Account;
import org.factquiz.api.StudyViews.CardBackView;
import org.factquiz.api.StudyViews.ForecastDayView;
import org.factquiz.api.StudyViews.ReviewRequest;
import org.factquiz.api.StudyViews.ReviewView;
import org.factquiz.api.StudyViews.StatsView;
import org.factquiz.api.StudyViews.StudyCardView;
import org.factquiz.api.StudyViews.StudySettingsRequest;
import org.factquiz.api.StudyViews.StudySettingsView;
import org.factquiz.generate.Question;
import org.factquiz.progress.FactCard;
import org.factquiz.progress.Rating;
import org.factquiz.progress.StudyPlanner;
import org.factquiz.quiz.Grade;
import org.factquiz.quiz.Grader;
import org.factquiz.quiz.Quiz;
import org.factquiz.quiz.QuizService;

/**
 * Study mode for students under {@code /api/study}: due queue, reviews (rated or graded), the
 * back of a card, mistakes, forecast, retention figures and the learner's desired retention. Questions of quizzes open to the student are
 * withheld, so study never reveals a key the student could use in a quiz.
 */
@Path("/api/study")
@Produces(MediaType.APPLICATION_JSON)
public final class StudyResource {
  private final StudyPlanner planner;
  private final Grader grader;
  private final QuizService quizzes;

  StudyResource(StudyPlanner planner, Grader grader, QuizService quizzes) {
    this.planner = planner;
    this.grader = grader;
    this.quizzes = quizzes;
  }

  @GET
  @Path("queue")
  public List<StudyCardView> queue(@Context SecurityContext security, @QueryParam("article") String article,
      @QueryParam("classId") Long classId, @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
    Account student = student(security);
    List<Quiz> open = quizzes.visibleTo(student);
    Set<String> articles = null;
    if (article != null && !article.isBlank()) {
      articles = Set.of(article);
    } else if (classId != null) {
      articles = open.stream().filter(q -> q.classId() == classId).flatMap(q -> q.questions().stream())
          .map(StudyResource::articleOf).filter(a -> a != null).collect(Collectors.toSet());
    }
    String learner = learner(student);
    return planner.queue(learner, articles, article != null && !article.isBlank(), limit, withheld(open)).stream()
        .map(c -> StudyCardView.of(c, learner)).toList();
  }

  @GET
  @Path("mistakes")
  public List<StudyCardView> mistakes(@Context SecurityContext security,
      @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
    Account student = student(security);
    String learner = learner(student);
    return planner.mistakes(learner, limit, withheld(quizzes.visibleTo(student))).stream()
        .map(c -> StudyCardView.of(c, learner)).toList();
  }

  @POST
  @Path("reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReviewView review(@Context SecurityContext security, @Valid @NotNull ReviewRequest body) {
    Account student = student(security);
    Question question = visibleQuestion(student, body.factId(), body.questionId());
    String learner = learner(student);
    if (body.answer() != null) {
      Grade grade = grader.grade(question, body.answer());
      Duration took = body.elapsedMs() == null ? null : Duration.ofMillis(body.elapsedMs());
      FactCard card = planner.recordAnswer(learner, question, grade.credit(), took);
      return ReviewView.of(card, Rating.ofAnswer(grade.credit(), took).wireName(), grade);
    }
    if (body.rating() == null) {
      throw new InvalidInputException("/rating", "give a rating (again, hard, good, easy) or an answer");
    }
    Rating rating = Rating.fromWireName(body.rating());
    return ReviewView.of(planner.review(learner, body.factId(), body.questionId(), rating), rating.wireName(), null);
  }

  @GET
  @Path("card/{questionId}")
  public CardBackView card(@Context SecurityContext security, @PathParam("questionId") String questionId) {
    Account student = student(security);
    Question question = planner.catalogQuestion(questionId)
        .orElseThrow(() -> new NotFoundException("no question " + questionId));
    return CardBackView.of(visibleQuestion(student, question.factId(), questionId));
  }

  @GET
  @Path("forecast")
  public List<ForecastDayView> forecast(@Context SecurityContext security) {
    return planner.forecast(learner(student(security))).stream().map(ForecastDayView::of).toList();
  }

  @GET
  @Path("stats")
  public StatsView stats(@Context SecurityContext security) {
    return StatsView.of(planner.stats(learner(student(security))));
  }

  @GET
  @Path("settings")
  public StudySettingsView settings(@Context SecurityContext security) {
    return new StudySettingsView(planner.schedulerOf(learner(student(security))).desiredRetention());
  }

  @PUT
  @Path("settings")
  @Consumes(MediaType.APPLICATION_JSON)
  public StudySettingsView changeSettings(@Context SecurityContext security, @Valid @NotNull StudySettingsRequest body) {
    return new StudySettingsView(planner.setDesiredRetention(learner(student(security)), body.desiredRetention()));
  }

  private Question visibleQuestion(Account student, String factId, String questionId) {
    if (withheld(quizzes.visibleTo(student)).contains(questionId)) {
      throw new NotFoundException("question " + questionId + " belongs to a quiz open to you; study it after the quiz");
    }
    return planner.questionOf(factId, questionId);
  }

  private static Set<String> withheld(List<Quiz> open) {
    return open.stream().flatMap(q -> q.questions().stream()).map(Question::id).collect(Collectors.toSet());
  }

  private static String articleOf(Question q) {
    if (q.tags() != null && q.tags().article() != null) {
      return q.tags().article();
    }
    return q.evidence() == null ? null : q.evidence().article();
  }

  private static Account student(SecurityContext security) {
    return Caller.of(security).requireStudent();
  }

  private static String learner(Account student) {
    return Long.toString(student.id());
  }
}
