package org.factquiz.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.factquiz.api.RunningApp.Reply;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document describes exactly the routes the wiring registers. */
class OpenApiCompletenessTest {
  @Test
  void everyRouteAppearsInTheOpenApiDocumentAndNothingElse() {
    RunningApp app = RunningApp.shared();
    Reply doc = app.get("/api/openapi.json", null);
    assertEquals(200, doc.status());
    assertEquals("3.0.3", doc.json().get("openapi").asText());
    Set<String> documented = new TreeSet<>();
    doc.json().get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    Set<String> served = new TreeSet<>();
    RouteList.of(app).forEach(r -> served.add(r.toString()));
    assertEquals(served, documented);
    JsonNode schemas = doc.json().get("components").get("schemas");
    doc.json().findValuesAsText("$ref").forEach(ref -> {
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      if (ref.contains("/schemas/") && !schemas.has(name)) {
        throw new AssertionError("dangling $ref " + ref);
      }
    });
  }
}
