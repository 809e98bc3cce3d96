package dev.labelsdk.mock.clarifai.wire;

import dev.labelsdk.mock.clarifai.AppNaming;
import dev.labelsdk.mock.clarifai.ClarifaiError;
import dev.labelsdk.mock.clarifai.StatusCode;
import dev.labelsdk.mock.http.RouteTable;
import java.util.List;
import java.util.Map;

/**
 * A request path looked up in the {@link ClarifaiRoute} table (spec §1.3): the route with its path
 * parameters and the app the path names (long form), or why there is none: an unknown path
 * (11101) or a known path with another method (11103).
 */
record RouteMatch(ClarifaiRoute route, Map<String, String> params, AppNaming pathApp,
    ClarifaiError error) {

  /** Looks up decoded path segments, the first being {@code v2}. */
  static RouteMatch of(String method, List<String> segments) {
    RouteTable.Match<ClarifaiRoute> m = ClarifaiRoute.TABLE.match(method, segments);
    if (m.found()) {
      AppNaming pathApp = m.param("user_id") == null ? null
          : new AppNaming("path", m.param("user_id"), m.param("app_id"));
      return new RouteMatch(m.handler(), m.params(), pathApp, null);
    }
    String path = "/" + String.join("/", segments);
    ClarifaiError error = m.pathKnown()
        ? new ClarifaiError(StatusCode.CONN_METHOD_NOT_ALLOWED, method + " is not allowed on " + path)
        : ClarifaiError.notFound("no such path: " + path);
    return new RouteMatch(null, Map.of(), null, error);
  }

  boolean found() {
    return route != null;
  }

  /** The list fields of the route, or none when there is no route. */
  List<String> listFields() {
    return route == null ? List.of() : route.listFields;
  }
}
