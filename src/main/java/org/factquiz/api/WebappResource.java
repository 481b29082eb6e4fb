package org.factquiz.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import org.factquiz.NotFoundException;

/**
 * Serves the browser app's static files from the webapp directory at {@code /} (a directory
 * gives its index.html); paths under {@code /api} are never files, and nothing outside the
 * directory can be reached.
 */
@Path("/")
public final class WebappResource {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("ico", "image/x-icon"),
      Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("map", "application/json"), Map.entry("webmanifest", "application/manifest+json"));
  private final java.nio.file.Path root;

  WebappResource(java.nio.file.Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @GET
  public Response index() {
    return file("");
  }

  @GET
  @Path("{path: (?!api(/|$)).+}")
  public Response file(@PathParam("path") String path) {
    java.nio.file.Path target = root.resolve(path).normalize();
    if (!target.startsWith(root)) {
      throw new NotFoundException("there is nothing at this address");
    }
    if (Files.isDirectory(target)) {
      target = target.resolve("index.html");
    }
    if (!Files.isRegularFile(target)) {
      throw new NotFoundException("there is nothing at this address");
    }
    String name = target.getFileName().toString();
    String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
    try {
      return Response.ok(Files.readAllBytes(target), TYPES.getOrDefault(extension, "application/octet-stream"))
          .header("Cache-Control", "no-cache").build();
    } catch (IOException e) {
      throw new NotFoundException("there is nothing at this address");
    }
  }
}
