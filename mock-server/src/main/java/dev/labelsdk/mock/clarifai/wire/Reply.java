package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.ClarifaiError;
import dev.labelsdk.mock.clarifai.ItemResult;
import dev.labelsdk.mock.clarifai.StatusCode;
import java.util.List;
import java.util.function.Function;

/**
 * What an endpoint answers before the envelope is added: the top-level status (10000, or
 * 10010 / 10020 for per-item batches), its details, and the response fields.
 */
record Reply(StatusCode status, String details, ObjectNode fields) {

  static Reply ok(ObjectNode fields) {
    return new Reply(StatusCode.SUCCESS, null, fields);
  }

  /** A response with nothing but the status. */
  static Reply ok() {
    return ok(JsonOut.object());
  }

  /** {@code {name: [render(item)...]}}. */
  static <T> Reply list(String name, List<T> items, Function<T, ObjectNode> render) {
    ObjectNode fields = JsonOut.object();
    ArrayNode list = fields.putArray(name);
    items.forEach(i -> list.add(render.apply(i)));
    return ok(fields);
  }

  /** {@code {name: render(item)}}. */
  static Reply single(String name, ObjectNode item) {
    ObjectNode fields = JsonOut.object();
    fields.set(name, item);
    return ok(fields);
  }

  /**
   * A per-item batch (spec §5.4): stored items rendered, failed ones echoed as sent with
   * their own status; 10000 when all were stored, 10010 when some, 10020 when none. The
   * details of a partial failure name the first failed item (mock choice).
   */
  static <T> Reply batch(String name, List<Fields> sent, List<ItemResult<T>> results,
      Function<T, ObjectNode> render) {
    ObjectNode fields = JsonOut.object();
    ArrayNode list = fields.putArray(name);
    int failed = 0;
    String firstFailure = null;
    for (int i = 0; i < results.size(); i++) {
      ItemResult<T> r = results.get(i);
      if (r.isOk()) {
        list.add(render.apply(r.value()));
        continue;
      }
      ClarifaiError e = r.error();
      ObjectNode echo = sent.get(i).node().deepCopy();
      ObjectNode status = JsonOut.status(e.code());
      status.put("details", e.details());
      echo.set("status", status);
      list.add(echo);
      failed++;
      if (firstFailure == null) {
        firstFailure = name + "[" + i + "]: " + e.details();
      }
    }
    StatusCode top = failed == 0
        ? StatusCode.SUCCESS
        : failed == results.size() ? StatusCode.FAILURE : StatusCode.MIXED_STATUS;
    return new Reply(top, firstFailure, fields);
  }
}
