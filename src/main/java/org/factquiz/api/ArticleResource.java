package org.factquiz.api;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.factquiz.NotFoundException;
import org.factquiz.api.ArticleViews.AddArticleRequest;
import org.factquiz.api.ArticleViews.AddedArticleView;
import org.factquiz.api.ArticleViews.ArticleSummaryView;
import org.factquiz.api.ArticleViews.ArticleView;
import org.factquiz.api.ArticleViews.TimelineEntryView;
import org.factquiz.api.QuestionViews.EvidenceView;
import org.factquiz.api.QuestionViews.TeacherQuestionView;
import org.factquiz.extract.DatedEvent;
import org.factquiz.extract.FactsJson;
import org.factquiz.quiz.Library;
import org.factquiz.quiz.LibraryEntry;

/** Articles, their facts, the timeline of dated events, and articles teachers paste in. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ArticleResource {
  private final Library library;

  ArticleResource(Library library) {
    this.library = library;
  }

  @GET
  @Path("articles")
  public List<ArticleSummaryView> list(@Context SecurityContext security) {
    Caller.of(security);
    return library.entries().stream().map(ArticleSummaryView::of).toList();
  }

  @GET
  @Path("articles/{id}")
  public ArticleView get(@Context SecurityContext security, @PathParam("id") String id) {
    Caller.of(security);
    return ArticleView.of(entry(id));
  }

  @GET
  @Path("articles/{id}/facts")
  public JsonNode facts(@Context SecurityContext security, @PathParam("id") String id) {
    Caller.of(security);
    return FactsJson.toJson(entry(id).facts());
  }

  @POST
  @Path("articles")
  public Response add(@Context SecurityContext security, @NotNull @Valid AddArticleRequest body) {
    Caller.of(security).requireTeacher();
    String text = body.title() == null || body.title().isBlank() ? body.text() : body.title().trim() + "\n\n" + body.text();
    Library.AddedArticle added = library.add("teacher-" + shortHash(text), text);
    return Response.status(201).entity(new AddedArticleView(ArticleView.of(added.entry()),
        FactsJson.toJson(added.entry().facts()), added.questions().stream().map(TeacherQuestionView::of).toList())).build();
  }

  @GET
  @Path("timeline")
  public List<TimelineEntryView> timeline(@Context SecurityContext security) {
    Caller.of(security);
    return library.entries().stream().flatMap(e -> e.facts().events().stream())
        .filter(ev -> ev.when() != null && ev.when().resolved())
        .sorted(Comparator.comparing((DatedEvent ev) -> ev.when().iso()))
        .map(ev -> new TimelineEntryView(ev.when().iso(), ev.when().granularity().wireName(), ev.what(),
            ev.evidence() == null ? null : ev.evidence().article(), ev.evidence() == null ? -1 : ev.evidence().paragraph(),
            EvidenceView.of(ev.evidence())))
        .toList();
  }

  private LibraryEntry entry(String id) {
    return library.entry(id).orElseThrow(() -> new NotFoundException("no article " + id));
  }

  private static String shortHash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
