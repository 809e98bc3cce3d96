package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.ClarifaiError;

/**
 * A fault spec as {@code /__admin/clarifai/faults} takes and lists it (spec §10):
 * {@code method}, {@code path_regex}, {@code times}, {@code status_code}, {@code http_status},
 * {@code retry_after}, {@code delay_ms}, {@code drop_connection}, and (extension)
 * {@code when}.
 */
final class FaultJson {

  private FaultJson() {}

  static ClarifaiFault decode(JsonNode body) {
    Fields f = Fields.root(body);
    try {
      return new ClarifaiFault(f.string("method"), f.string("path_regex"),
          f.has("times") ? f.int32("times") : 1,
          f.has("status_code") ? f.int32("status_code") : null,
          f.has("http_status") ? f.int32("http_status") : null,
          f.has("retry_after") ? (long) f.int32("retry_after") : null,
          f.int32("delay_ms"), f.bool("drop_connection"), afterProcessing(f.string("when")));
    } catch (IllegalArgumentException e) {
      throw ClarifaiError.invalid(e.getMessage());
    }
  }

  /** {@code when}: {@code "before"} (default) or {@code "after"} processing. */
  private static boolean afterProcessing(String when) {
    if (when == null || when.equals("before")) {
      return false;
    }
    if (when.equals("after")) {
      return true;
    }
    throw new IllegalArgumentException("\"when\" must be \"before\" or \"after\"");
  }

  static ObjectNode render(ClarifaiFault f) {
    ObjectNode o = JsonOut.object();
    JsonOut.text(o, "method", f.method());
    JsonOut.text(o, "path_regex", f.pathRegex());
    o.put("times", f.times());
    if (f.statusCode() != null) {
      o.put("status_code", f.statusCode());
    }
    if (f.httpStatus() != null) {
      o.put("http_status", f.httpStatus());
    }
    if (f.retryAfter() != null) {
      o.put("retry_after", f.retryAfter());
    }
    JsonOut.number(o, "delay_ms", f.delayMs());
    JsonOut.flag(o, "drop_connection", f.dropConnection());
    if (f.processFirst()) {
      o.put("when", "after");
    }
    return o;
  }
}
