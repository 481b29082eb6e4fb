package org.factquiz.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.factquiz.InvalidInputException;
import org.factquiz.NotFoundException;
import org.factquiz.account.Account;
import org.factquiz.api.QuestionViews.TeacherQuestionView;
import org.factquiz.api.SetViews.CreateSetRequest;
import org.factquiz.api.SetViews.EditRequest;
import org.factquiz.api.SetViews.SetSummaryView;
import org.factquiz.api.SetViews.SetView;
import org.factquiz.generate.GenerationRequest;
import org.factquiz.generate.QuestionKind;
import org.factquiz.quiz.Library;
import org.factquiz.quiz.QuestionFilter;
import org.factquiz.quiz.QuestionSetService;
import org.factquiz.quiz.ReviewStatus;

/** The question bank and question sets, for teachers. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class QuestionResource {
  private final Library library;
  private final QuestionSetService sets;

  QuestionResource(Library library, QuestionSetService sets) {
    this.library = library;
    this.sets = sets;
  }

  @GET
  @Path("questions")
  public List<TeacherQuestionView> questions(@Context SecurityContext security,
      @QueryParam("article") @Size(max = 200) String article, @QueryParam("kind") @Size(max = 40) String kind,
      @QueryParam("difficulty") @Min(1) @Max(5) Integer difficulty, @QueryParam("person") @Size(max = 200) String person,
      @QueryParam("body") @Size(max = 200) String body) {
    Caller.of(security).requireTeacher();
    QuestionKind parsedKind = null;
    if (kind != null && !kind.isBlank()) {
      parsedKind = parseKind(kind, null);
    }
    QuestionFilter filter = new QuestionFilter(blank(article), parsedKind, difficulty, blank(person), blank(body));
    return library.questions(filter).stream().map(TeacherQuestionView::of).toList();
  }

  @GET
  @Path("questions/{id}")
  public TeacherQuestionView question(@Context SecurityContext security, @PathParam("id") String id) {
    Caller.of(security).requireTeacher();
    return TeacherQuestionView.of(library.question(id).orElseThrow(() -> new NotFoundException("no question " + id)));
  }

  @POST
  @Path("question-sets")
  public Response create(@Context SecurityContext security, @NotNull @Valid CreateSetRequest body) {
    Account teacher = Caller.of(security).requireTeacher();
    Set<QuestionKind> kinds = new LinkedHashSet<>();
    List<String> wanted = body.kinds() == null ? List.of() : body.kinds();
    for (int i = 0; i < wanted.size(); i++) {
      kinds.add(parseKind(wanted.get(i), "/kinds/" + i));
    }
    GenerationRequest request = new GenerationRequest(body.articles() == null ? List.of() : new ArrayList<>(body.articles()),
        kinds, body.count(), body.minDifficulty() == null ? 1 : body.minDifficulty(),
        body.maxDifficulty() == null ? 5 : body.maxDifficulty(), body.seed() == null ? 0L : body.seed());
    return Response.status(201).entity(SetView.of(sets.create(teacher, body.title(), request))).build();
  }

  @GET
  @Path("question-sets")
  public List<SetSummaryView> sets(@Context SecurityContext security) {
    return sets.ofTeacher(Caller.of(security)).stream().map(SetSummaryView::of).toList();
  }

  @GET
  @Path("question-sets/{id}")
  public SetView set(@Context SecurityContext security, @PathParam("id") long id) {
    return SetView.of(sets.get(Caller.of(security), id));
  }

  @DELETE
  @Path("question-sets/{id}")
  public Response delete(@Context SecurityContext security, @PathParam("id") long id) {
    sets.delete(Caller.of(security), id);
    return Response.noContent().build();
  }

  @POST
  @Path("question-sets/{id}/questions/{qid}/approve")
  public TeacherQuestionView approve(@Context SecurityContext security, @PathParam("id") long id, @PathParam("qid") String qid) {
    return TeacherQuestionView.of(sets.review(Caller.of(security), id, qid, ReviewStatus.APPROVED));
  }

  @POST
  @Path("question-sets/{id}/questions/{qid}/reject")
  public TeacherQuestionView reject(@Context SecurityContext security, @PathParam("id") long id, @PathParam("qid") String qid) {
    return TeacherQuestionView.of(sets.review(Caller.of(security), id, qid, ReviewStatus.REJECTED));
  }

  @PUT
  @Path("question-sets/{id}/questions/{qid}")
  public TeacherQuestionView edit(@Context SecurityContext security, @PathParam("id") long id, @PathParam("qid") String qid,
      @NotNull @Valid EditRequest body) {
    return TeacherQuestionView.of(sets.edit(Caller.of(security), id, qid, body.toEdit()));
  }

  private static QuestionKind parseKind(String kind, String pointer) {
    try {
      return QuestionKind.fromWireName(kind);
    } catch (IllegalArgumentException e) {
      String detail = "\"" + kind + "\" is not a question kind (single_choice, multiple_response, true_false, cloze, "
          + "short_answer, matching, ordering, numeric)";
      if (pointer == null) {
        throw new jakarta.ws.rs.BadRequestException(detail);
      }
      throw new InvalidInputException(pointer, detail);
    }
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
