package org.factquiz.api;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every route of the running API, read from the annotations of the resources the wiring registers. */
final class RouteList {
  private RouteList() {}

  record Route(String method, String path) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static List<Route> of(RunningApp app) {
    List<Route> routes = new ArrayList<>();
    for (Object resource : Api.resources(app.app.services())) {
      Class<?> type = resource.getClass();
      if (type == WebappResource.class) {
        continue;
      }
      String base = type.getAnnotation(Path.class).value();
      for (Method m : type.getMethods()) {
        String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
            : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
        if (verb == null) {
          continue;
        }
        Path sub = m.getAnnotation(Path.class);
        String path = sub == null ? base : base.replaceAll("/$", "") + "/" + sub.value().replaceAll("^/", "");
        routes.add(new Route(verb.toUpperCase(Locale.ROOT), path));
      }
    }
    return routes;
  }
}
