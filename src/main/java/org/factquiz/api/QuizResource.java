package org.factquiz.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.factquiz.account.Account;
import org.factquiz.api.AttemptViews.AnswerRequest;
import org.factquiz.api.AttemptViews.AttemptView;
import org.factquiz.api.AttemptViews.OpenQuizRequest;
import org.factquiz.api.AttemptViews.QuizView;
import org.factquiz.api.AttemptViews.ResultView;
import org.factquiz.quiz.AttemptRepository;
import org.factquiz.quiz.AttemptService;
import org.factquiz.quiz.AttemptState;
import org.factquiz.quiz.Quiz;
import org.factquiz.quiz.QuizService;

/** Quizzes opened to classes, and students' attempts: start or resume, save answers, submit. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class QuizResource {
  private final QuizService quizzes;
  private final AttemptService attempts;
  private final AttemptRepository attemptCounts;

  QuizResource(QuizService quizzes, AttemptService attempts, AttemptRepository attemptCounts) {
    this.quizzes = quizzes;
    this.attempts = attempts;
    this.attemptCounts = attemptCounts;
  }

  @POST
  @Path("quizzes")
  public Response open(@Context SecurityContext security, @NotNull @Valid OpenQuizRequest body) {
    Account teacher = Caller.of(security).requireTeacher();
    Quiz quiz = quizzes.open(teacher, body.questionSetId(), body.classId(), body.title(), body.timeLimitSeconds(),
        body.attemptsAllowed() == null ? 1 : body.attemptsAllowed(), body.shuffle() == null || body.shuffle());
    return Response.status(201).entity(QuizView.of(quiz, 0)).build();
  }

  @GET
  @Path("quizzes")
  public List<QuizView> list(@Context SecurityContext security) {
    Account caller = Caller.of(security);
    Map<Long, Integer> used = caller.isTeacher() ? Map.of() : attemptCounts.attemptCounts(caller.id());
    return quizzes.visibleTo(caller).stream().map(q -> QuizView.of(q, used.getOrDefault(q.id(), 0))).toList();
  }

  @POST
  @Path("quizzes/{id}/attempts")
  public Response start(@Context SecurityContext security, @PathParam("id") long quizId) {
    AttemptState state = attempts.start(Caller.of(security), quizId);
    return Response.status(201).entity(AttemptView.of(state)).build();
  }

  @GET
  @Path("attempts/{id}")
  public AttemptView attempt(@Context SecurityContext security, @PathParam("id") long attemptId) {
    return AttemptView.of(attempts.get(Caller.of(security), attemptId));
  }

  @PUT
  @Path("attempts/{id}/answers/{questionId}")
  public Response answer(@Context SecurityContext security, @PathParam("id") long attemptId,
      @PathParam("questionId") @Size(max = 200) String questionId, @NotNull @Valid AnswerRequest body) {
    attempts.saveAnswer(Caller.of(security), attemptId, questionId, body.toAnswer());
    return Response.noContent().build();
  }

  @POST
  @Path("attempts/{id}/submit")
  public ResultView submit(@Context SecurityContext security, @PathParam("id") long attemptId) {
    AttemptState state = attempts.submit(Caller.of(security), attemptId);
    return ResultView.of(state, state.result().orElseThrow());
  }
}
