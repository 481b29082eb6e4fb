package org.factquiz.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over 1 MiB with 413 before anything reads them: by the declared
 * Content-Length, or, for chunked bodies, by reading at most one byte past the limit.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class BodySizeLimit implements ContainerRequestFilter {
  static final int LIMIT = 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    int declared = request.getLength();
    if (declared > LIMIT) {
      request.abortWith(tooLarge());
      return;
    }
    if (declared < 0 && request.hasEntity()) {
      InputStream in = request.getEntityStream();
      byte[] body = in.readNBytes(LIMIT + 1);
      if (body.length > LIMIT) {
        request.abortWith(tooLarge());
        return;
      }
      request.setEntityStream(new ByteArrayInputStream(body));
    }
  }

  private static jakarta.ws.rs.core.Response tooLarge() {
    return ProblemView.response(413, "too-large", "Content too large", "a request body may be at most 1 MiB");
  }
}
