package org.factquiz.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.factquiz.FactQuizException;

/**
 * The OpenAPI 3 description of the whole API, kept as a hand-written file
 * ({@code api/openapi.json}); {@code OpenApiCompletenessTest} checks every route appears in it.
 */
@Path("/api/openapi.json")
public final class OpenApiResource {
  static final String RESOURCE = "/api/openapi.json";
  private final String document;

  OpenApiResource() {
    try (InputStream in = OpenApiResource.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new FactQuizException("the OpenAPI document " + RESOURCE + " is missing from the jar");
      }
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FactQuizException("cannot read the OpenAPI document: " + e.getMessage(), e);
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public String get() {
    return document;
  }
}
