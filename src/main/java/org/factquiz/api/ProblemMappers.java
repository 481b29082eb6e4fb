package org.factquiz.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.factquiz.AccessDeniedException;
import org.factquiz.FactQuizException;
import org.factquiz.InvalidInputException;
import org.factquiz.NotAuthenticatedException;
import org.factquiz.NotFoundException;
import org.factquiz.StateConflictException;
import org.factquiz.content.UnreadableArticleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The exception mappers that turn every failure into a problem detail; nothing else reaches a client. */
final class ProblemMappers {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemMappers.class);

  private ProblemMappers() {}

  static List<Object> all() {
    return List.of(new Features(), new Json(), new Web(), new Unexpected(), new ValidationProblems());
  }

  /** Typed failures of the features: each subtype has its status. */
  static final class Features implements ExceptionMapper<FactQuizException> {
    @Override
    public Response toResponse(FactQuizException e) {
      if (e instanceof NotFoundException) {
        return ProblemView.response(404, "not-found", "Not found", e.getMessage());
      }
      if (e instanceof NotAuthenticatedException) {
        return Response.fromResponse(ProblemView.response(401, "not-authenticated", "Not signed in", e.getMessage()))
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
      }
      if (e instanceof AccessDeniedException) {
        return ProblemView.response(403, "forbidden", "Forbidden", e.getMessage());
      }
      if (e instanceof StateConflictException) {
        return ProblemView.response(409, "conflict", "Conflict", e.getMessage());
      }
      if (e instanceof InvalidInputException invalid) {
        return ProblemView.response(new ProblemView(ProblemView.type("validation"), "Invalid input", 422, e.getMessage(),
            List.of(new ProblemView.FieldError(invalid.pointer(), null, e.getMessage())), null));
      }
      if (e instanceof UnreadableArticleException) {
        return ProblemView.response(new ProblemView(ProblemView.type("validation"), "Invalid input", 422, e.getMessage(),
            List.of(new ProblemView.FieldError("/text", null, e.getMessage())), null));
      }
      return Unexpected.logged(e);
    }
  }

  /** Malformed JSON is 400; JSON of the wrong shape (a string for a number, an unknown field) is 422. */
  static final class Json implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
      if (e instanceof JsonParseException || !(e instanceof JsonMappingException)) {
        String where = e.getLocation() == null ? "" : String.format(Locale.ROOT, " at line %d, column %d",
            e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        return ProblemView.response(400, "malformed-json", "Malformed JSON", "the body is not valid JSON" + where);
      }
      JsonMappingException m = (JsonMappingException) e;
      StringBuilder pointer = new StringBuilder();
      for (JsonMappingException.Reference r : m.getPath()) {
        pointer.append('/').append(r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()));
      }
      String detail = e instanceof UnrecognizedPropertyException u ? "unknown field \"" + u.getPropertyName() + "\""
          : "this field has the wrong type";
      return ProblemView.response(new ProblemView(ProblemView.type("validation"), "Invalid input", 422, detail,
          List.of(new ProblemView.FieldError(pointer.toString(), null, detail)), null));
    }
  }

  /** Jersey's own answers (404 unknown route, 405, 406, 415 ...) as problems. */
  static final class Web implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status >= 500) {
        return Unexpected.logged(e);
      }
      Response.StatusType type = Response.Status.fromStatusCode(status);
      String title = type == null ? "Error" : type.getReasonPhrase();
      String detail = switch (status) {
        case 404 -> "there is nothing at this address";
        case 405 -> "this address does not take this method";
        case 406 -> "this address answers only with JSON";
        case 415 -> "send the body as application/json";
        case 400 -> e.getMessage() != null && !e.getMessage().startsWith("HTTP ") ? e.getMessage() : "bad request";
        default -> title;
      };
      Response.ResponseBuilder out = Response.fromResponse(ProblemView.response(status,
          title.toLowerCase(Locale.ROOT).replace(' ', '-'), title, detail));
      String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
      if (allow != null) {
        out.header(HttpHeaders.ALLOW, allow);
      }
      return out.build();
    }
  }

  /** Anything else: the stack trace goes to the log under a random id; the client gets only the id. */
  static final class Unexpected implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      return logged(e);
    }

    static Response logged(Throwable e) {
      String id = UUID.randomUUID().toString();
      LOG.error("unexpected failure, log id {}", id, e);
      return ProblemView.response(new ProblemView(ProblemView.type("internal"), "Internal server error", 500,
          "something went wrong on the server; quote log id " + id + " when reporting it", null, id));
    }
  }
}
