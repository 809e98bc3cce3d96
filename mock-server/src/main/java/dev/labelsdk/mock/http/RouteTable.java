package dev.labelsdk.mock.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A route table, the router of both APIs: method + path template ({@code /v1/task/{id}/cancel})
 * → handler. A request's decoded path segments are looked up in the order the routes were
 * added; a {@code {name}} segment matches any one segment and is returned as a parameter. The
 * table is also the list of what is served ({@link #routes}), so no second list is kept by
 * hand. Immutable once built; thread-safe to read.
 *
 * @param <H> the handler type (or any value the API attaches to a route)
 */
public final class RouteTable<H> {

  /** One route: its method, its template as given, and the handler. */
  public record Route<H>(String method, String template, List<String> parts, H handler) {

    boolean fits(List<String> segments) {
      if (segments.size() != parts.size()) {
        return false;
      }
      for (int i = 0; i < parts.size(); i++) {
        String t = parts.get(i);
        if (!isParameter(t) && !t.equals(segments.get(i))) {
          return false;
        }
      }
      return true;
    }

    Map<String, String> params(List<String> segments) {
      Map<String, String> out = new HashMap<>();
      for (int i = 0; i < parts.size(); i++) {
        String t = parts.get(i);
        if (isParameter(t)) {
          out.put(t.substring(1, t.length() - 1), segments.get(i));
        }
      }
      return Collections.unmodifiableMap(out);
    }
  }

  /**
   * A lookup's result: the route and its path parameters, or none; {@code pathKnown} tells a
   * known path with another method (for APIs that answer that differently) from an unknown one.
   */
  public record Match<H>(Route<H> route, Map<String, String> params, boolean pathKnown) {

    public boolean found() {
      return route != null;
    }

    public H handler() {
      return route == null ? null : route.handler();
    }

    public String param(String name) {
      return params.get(name);
    }
  }

  private final List<Route<H>> routes = new ArrayList<>();

  /** Adds a route; {@code template} is an absolute path, {@code {name}} segments are parameters. */
  public RouteTable<H> add(String method, String template, H handler) {
    List<String> parts = new ArrayList<>();
    for (String p : template.split("/")) {
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    routes.add(new Route<>(method, template, List.copyOf(parts), handler));
    return this;
  }

  /** Looks up a method and decoded path segments (as {@link ApiRequest#segments()} gives them). */
  public Match<H> match(String method, List<String> segments) {
    boolean pathKnown = false;
    for (Route<H> r : routes) {
      if (r.fits(segments)) {
        pathKnown = true;
        if (r.method().equals(method)) {
          return new Match<>(r, r.params(segments), true);
        }
      }
    }
    return new Match<>(null, Map.of(), pathKnown);
  }

  /**
   * The methods routed on decoded path {@code segments}, in table order (empty for an unknown
   * path): what a 405 lists in its {@code Allow} header.
   */
  public List<String> methods(List<String> segments) {
    List<String> out = new ArrayList<>();
    for (Route<H> r : routes) {
      if (r.fits(segments) && !out.contains(r.method())) {
        out.add(r.method());
      }
    }
    return List.copyOf(out);
  }

  /** Every route as {@code "METHOD /template"}, in table order. */
  public List<String> routes() {
    List<String> out = new ArrayList<>(routes.size());
    routes.forEach(r -> out.add(r.method() + " " + r.template()));
    return List.copyOf(out);
  }

  private static boolean isParameter(String part) {
    return part.length() > 2 && part.startsWith("{") && part.endsWith("}");
  }
}
