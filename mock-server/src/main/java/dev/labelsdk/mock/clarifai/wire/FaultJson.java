package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.ClarifaiError;
import dev.labelsdk.mock.http.Fault;

/**
 * A fault spec as {@code /__admin/clarifai/faults} takes and lists it (spec §10):
 * {@code method}, {@code path_regex}, {@code times}, {@code status_code}, {@code http_status},
 * {@code retry_after}, {@code delay_ms}, {@code drop_connection}, and (extension)
 * {@code when}.
 */
final class FaultJson {

  private FaultJson() {}

  static Fault decode(JsonNode body) {
    Fields f = Fields.root(body);
    try {
      String method = f.string("method");
      String pathRegex = f.string("path_regex");
      int times = f.has("times") ? f.int32("times") : 1;
      Integer statusCode = f.has("status_code") ? f.int32("status_code") : null;
      Integer httpStatus = f.has("http_status") ? f.int32("http_status") : null;
      Long retryAfter = f.has("retry_after") ? (long) f.int32("retry_after") : null;
      long delayMs = f.int32("delay_ms");
      boolean drop = f.bool("drop_connection");
      Fault.When when = afterProcessing(f.string("when")) ? Fault.When.AFTER : Fault.When.BEFORE;
      if (times < 1) {
        throw new IllegalArgumentException("\"times\" must be >= 1");
      }
      if (httpStatus != null && (httpStatus < 100 || httpStatus > 599)) {
        throw new IllegalArgumentException("\"http_status\" must be between 100 and 599");
      }
      if (retryAfter != null && retryAfter < 0) {
        throw new IllegalArgumentException("\"retry_after\" must be >= 0");
      }
      if (delayMs < 0) {
        throw new IllegalArgumentException("\"delay_ms\" must be >= 0");
      }
      return new Fault(httpStatus, statusCode, times, retryAfter, method, null, pathRegex, when, delayMs, null, drop);
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

  static ObjectNode render(Fault f) {
    ObjectNode o = JsonOut.object();
    JsonOut.text(o, "method", f.method());
    JsonOut.text(o, "path_regex", f.pathRegex());
    o.put("times", f.count());
    if (f.code() != null) {
      o.put("status_code", f.code());
    }
    if (f.status() != null) {
      o.put("http_status", f.status());
    }
    if (f.retryAfterSeconds() != null) {
      o.put("retry_after", f.retryAfterSeconds());
    }
    JsonOut.number(o, "delay_ms", f.delayMs());
    JsonOut.flag(o, "drop_connection", f.dropConnection());
    if (f.when() == Fault.When.AFTER) {
      o.put("when", "after");
    }
    return o;
  }
}
