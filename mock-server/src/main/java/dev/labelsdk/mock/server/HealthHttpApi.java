package dev.labelsdk.mock.server;

import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.refonte.wire.ErrorEnvelope;

/**
 * {@code GET /__admin/labelsdk/health}: the mock's identity, for scripts that wait for it to
 * come up and clients that check what they talk to.
 */
final class HealthHttpApi {

  static final String PATH = "/__admin/labelsdk/health";

  private final byte[] body;

  HealthHttpApi() {
    var root = Json.MAPPER.createObjectNode()
        .put("status", "ok")
        .put("name", "labelsdk-mock-server")
        .put("version", MockVersion.get());
    var apis = root.putArray("apis");
    apis.addObject().put("name", "refonte").put("version", "v1").put("base_path", "/v1")
        .put("control_path", "/__admin/refonte");
    apis.addObject().put("name", "clarifai").put("version", "v2").put("base_path", "/v2")
        .put("control_path", "/__admin/clarifai");
    this.body = Json.compact(root).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  ApiResponse handle(ApiRequest r) {
    if (!r.normalisedPath().equals(PATH)) {
      return ErrorEnvelope.of(404, "No such control endpoint: " + r.method() + " " + r.rawPath() + ".");
    }
    if (!r.method().equals("GET") && !r.method().equals("HEAD")) {
      return ErrorEnvelope.of(405, "Use GET " + PATH + ".");
    }
    return ApiResponse.json(200, body);
  }
}
