package dev.labelsdk.mock.clarifai.wire;

import java.util.ArrayList;
import java.util.List;

/** The Clarifai router's own table ({@link ClarifaiRoute}) as {@code "METHOD /v2/..."} lines, for tests. */
public final class ClarifaiRouteTable {

  private ClarifaiRouteTable() {}

  /** Every route in both forms: the long form always, the short form when the route has one. */
  public static List<String> routes() {
    List<String> out = new ArrayList<>();
    for (ClarifaiRoute r : ClarifaiRoute.values()) {
      String template = String.join("/", r.template);
      out.add(r.method + " /v2/users/{user_id}/apps/{app_id}/" + template);
      if (r.shortForm) {
        out.add(r.method + " /v2/" + template);
      }
    }
    return out;
  }
}
