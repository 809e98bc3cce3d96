package dev.labelsdk.mock.clarifai.wire;

import dev.labelsdk.mock.clarifai.AppNaming;
import dev.labelsdk.mock.clarifai.ClarifaiError;
import dev.labelsdk.mock.clarifai.StatusCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A request path looked up in {@link ClarifaiRoute} (spec §1.3): the route with its path
 * parameters and the app the path names (long form), or why there is none: an unknown path
 * (11101) or a known path with another method (11103).
 */
record RouteMatch(ClarifaiRoute route, Map<String, String> params, AppNaming pathApp,
    ClarifaiError error) {

  /** Looks up decoded path segments, the first being {@code v2}. */
  static RouteMatch of(String method, List<String> segments) {
    boolean longForm = segments.size() >= 5 && segments.get(1).equals("users")
        && segments.get(3).equals("apps");
    List<String> rest = segments.subList(longForm ? 5 : 1, segments.size());
    AppNaming pathApp = longForm ? new AppNaming("path", segments.get(2), segments.get(4)) : null;
    boolean pathKnown = false;
    for (ClarifaiRoute r : ClarifaiRoute.values()) {
      if (r.fits(rest, longForm)) {
        pathKnown = true;
        if (r.method.equals(method)) {
          return new RouteMatch(r, params(r, rest), pathApp, null);
        }
      }
    }
    String path = "/" + String.join("/", segments);
    ClarifaiError error = pathKnown
        ? new ClarifaiError(StatusCode.CONN_METHOD_NOT_ALLOWED, method + " is not allowed on " + path)
        : ClarifaiError.notFound("no such path: " + path);
    return new RouteMatch(null, Map.of(), pathApp, error);
  }

  boolean found() {
    return route != null;
  }

  /** The list fields of the route, or none when there is no route. */
  List<String> listFields() {
    return route == null ? List.of() : route.listFields;
  }

  private static Map<String, String> params(ClarifaiRoute r, List<String> rest) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < rest.size(); i++) {
      String t = r.template.get(i);
      if (t.startsWith("{")) {
        out.put(t.substring(1, t.length() - 1), rest.get(i));
      }
    }
    return out;
  }
}
