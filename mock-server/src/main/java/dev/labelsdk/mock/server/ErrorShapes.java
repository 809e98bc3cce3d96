package dev.labelsdk.mock.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.wire.ClarifaiHttpApi;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.refonte.wire.ErrorEnvelope;

/**
 * Errors raised below the APIs (by the request guard or by Jetty itself) still answer in the
 * error shape of the API the path belongs to: the Clarifai envelope for {@code /v2} paths, the
 * Refonte one otherwise. (mock choice) When no path is known at all (Jetty could not even read
 * the request line), the Refonte envelope also carries a Clarifai {@code status} object, so
 * clients of either API can read it.
 */
final class ErrorShapes {

  private ErrorShapes() {}

  /** {@code method} may be null when unknown; {@code rawPath} is empty when unknown. */
  static ApiResponse error(String method, String rawPath, int status, String message) {
    if (rawPath != null && ClarifaiHttpApi.handles(rawPath)) {
      return ClarifaiHttpApi.transportError(method == null ? "" : method, rawPath, status, message);
    }
    ApiResponse refonte = ErrorEnvelope.of(status, message);
    if (rawPath != null && !rawPath.isEmpty()) {
      return refonte;
    }
    ObjectNode both = (ObjectNode) Json.tree(refonte.body());
    both.set("status", ClarifaiHttpApi.transportStatus(status, message));
    ApiResponse combined = ApiResponse.json(status, Json.compact(both));
    for (var header : refonte.headers().entrySet()) {
      if (!header.getKey().equalsIgnoreCase("Content-Type")) {
        combined = combined.withHeader(header.getKey(), header.getValue());
      }
    }
    return combined;
  }
}
