package dev.labelsdk.mock.clarifai.wire;

import java.util.List;

/** The Clarifai router's own table ({@link ClarifaiRoute#TABLE}) as {@code "METHOD /v2/..."} lines, for tests. */
public final class ClarifaiRouteTable {

  private ClarifaiRouteTable() {}

  /** Every route in both forms: the long form always, the short form when the route has one. */
  public static List<String> routes() {
    return ClarifaiRoute.TABLE.routes();
  }
}
