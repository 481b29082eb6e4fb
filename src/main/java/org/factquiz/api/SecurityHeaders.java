package org.factquiz.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Security headers on every answer: a Content-Security-Policy that allows scripts, styles and
 * connections only from this origin (so no inline script runs), no framing, no MIME sniffing,
 * no referrer, and no caching of API answers (they can hold personal data).
 */
final class SecurityHeaders implements ContainerResponseFilter {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> h = response.getHeaders();
    h.putSingle("Content-Security-Policy", CSP);
    h.putSingle("X-Content-Type-Options", "nosniff");
    h.putSingle("X-Frame-Options", "DENY");
    h.putSingle("Referrer-Policy", "no-referrer");
    h.putSingle("Cross-Origin-Opener-Policy", "same-origin");
    h.putSingle("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (request.getUriInfo().getPath().startsWith("api")) {
      h.putSingle("Cache-Control", "no-store");
    }
  }
}
