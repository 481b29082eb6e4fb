package org.factquiz.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.factquiz.export.ExportFormats;
import org.factquiz.export.ExportResult;
import org.factquiz.export.Exporter;
import org.factquiz.generate.Question;
import org.factquiz.generate.QuestionSet;
import org.factquiz.quiz.QuestionSetService;
import org.factquiz.quiz.ReviewStatus;
import org.factquiz.quiz.SavedQuestionSet;
import org.factquiz.quiz.SetEntry;

/** Downloads of a question set (its questions that are not rejected) in an LMS format. */
@Path("/api")
public final class ExportResource {
  private final QuestionSetService sets;
  private final ExportFormats formats;

  ExportResource(QuestionSetService sets, ExportFormats formats) {
    this.sets = sets;
    this.formats = formats;
  }

  @GET
  @Path("question-sets/{id}/export")
  @Produces(MediaType.WILDCARD)
  public Response export(@Context SecurityContext security, @PathParam("id") long id,
      @QueryParam("format") @NotBlank @Size(max = 40) String format) {
    SavedQuestionSet set = sets.get(Caller.of(security), id);
    Exporter exporter = formats.find(format).orElseThrow(() -> new BadRequestException(
        "unknown export format \"" + format + "\"; known formats: " + String.join(", ", formats.names())));
    List<Question> questions = set.entries().stream().filter(e -> e.status() != ReviewStatus.REJECTED)
        .map(SetEntry::question).toList();
    ExportResult result = exporter.export(new QuestionSet(questions));
    return Response.ok(result.bytes(), exporter.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + exporter.fileName(set.title()) + "\"")
        .header("X-Export-Report", result.report().headerValue())
        .build();
  }
}
