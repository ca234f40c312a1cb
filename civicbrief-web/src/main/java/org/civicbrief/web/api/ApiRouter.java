package org.civicbrief.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civicbrief.web.auth.Access;

/**
 * Registers API routes and remembers them, so a test can hold the list against the OpenAPI document
 * and neither can drift from the other.
 */
public final class ApiRouter {

  /**
   * A registered route.
   *
   * @param method the HTTP method in lower case, as OpenAPI spells it
   * @param path the path template, such as {@code /api/v1/briefings/{id}}
   */
  public record Route(String method, String path) {}

  private final RoutesConfig routes;
  private final List<Route> registered = new ArrayList<>();

  ApiRouter(RoutesConfig routes) {
    this.routes = routes;
  }

  void get(String path, Handler handler, Access... access) {
    add(HandlerType.GET, path, handler, access);
  }

  void post(String path, Handler handler, Access... access) {
    add(HandlerType.POST, path, handler, access);
  }

  void delete(String path, Handler handler, Access... access) {
    add(HandlerType.DELETE, path, handler, access);
  }

  private void add(HandlerType method, String path, Handler handler, Access... access) {
    routes.addHttpHandler(method, path, handler, access);
    registered.add(new Route(method.name().toLowerCase(Locale.ROOT), path));
  }

  /** The routes registered so far. */
  List<Route> registered() {
    return List.copyOf(registered);
  }
}
