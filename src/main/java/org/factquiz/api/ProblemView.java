package org.factquiz.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem detail, the body of every 4xx and 5xx answer: {@code errors} lists the
 * fields (JSON pointers into the body) or parameters at fault; {@code logId} names a server log entry.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemView(String type, String title, int status, String detail, List<FieldError> errors, String logId) {
  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType PROBLEM = MediaType.valueOf(MEDIA_TYPE);

  /** One field or parameter at fault: {@code pointer} into the body, or the {@code parameter} name. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FieldError(String pointer, String parameter, String detail) {}

  public static Response response(int status, String slug, String title, String detail) {
    return response(new ProblemView(type(slug), title, status, detail, null, null));
  }

  public static Response response(ProblemView problem) {
    return Response.status(problem.status()).type(PROBLEM).entity(problem).build();
  }

  static String type(String slug) {
    return "/problems/" + slug.toLowerCase(Locale.ROOT);
  }
}
