package org.factquiz.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.factquiz.api.ProgressViews.ProgressView;
import org.factquiz.api.ProgressViews.QuizResultsView;
import org.factquiz.progress.ProgressService;

/** A student's own progress, and a teacher's results per quiz. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public final class ProgressResource {
  private final ProgressService progress;

  ProgressResource(ProgressService progress) {
    this.progress = progress;
  }

  @GET
  @Path("progress/me")
  public ProgressView mine(@Context SecurityContext security) {
    return ProgressView.of(progress.of(Caller.of(security)));
  }

  @GET
  @Path("quizzes/{id}/results")
  public QuizResultsView results(@Context SecurityContext security, @PathParam("id") long quizId) {
    return QuizResultsView.of(progress.resultsOf(Caller.of(security), quizId));
  }
}
