package org.factquiz.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.factquiz.FactQuizException;

/** The load benchmark's HTTP client: JSON over HTTP/1.1 with a bearer token, failing loudly on errors. */
final class LoadClient {
  static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  LoadClient(URI base) {
    this.base = base;
  }

  /** Sends the request and returns the parsed body (null for 204); a status other than expected throws. */
  JsonNode call(String method, String path, String token, Object body, int expected) {
    try {
      HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
      if (token != null) {
        b.header("Authorization", "Bearer " + token);
      }
      String json = body == null ? null : JSON.writeValueAsString(body);
      if (json != null) {
        b.header("Content-Type", "application/json");
      }
      b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() != expected) {
        throw new FactQuizException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
      }
      return r.body().isEmpty() ? null : JSON.readTree(r.body());
    } catch (IOException e) {
      throw new FactQuizException(method + " " + path + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FactQuizException("interrupted", e);
    }
  }
}
