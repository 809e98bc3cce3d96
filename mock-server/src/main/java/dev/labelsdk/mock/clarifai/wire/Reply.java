package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.ClarifaiError;
import dev.labelsdk.mock.clarifai.ItemResult;
import dev.labelsdk.mock.clarifai.StatusCode;
import dev.labelsdk.mock.common.Json;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * What an endpoint answers before the envelope is added: the top-level status (10000, or
 * 10010 / 10020 for per-item batches), its details, and the response fields.
 */
record Reply(StatusCode status, String details, ResponseFields fields) {

  /** Writes one item of a list. */
  @FunctionalInterface
  interface ItemWriter<T> {
    void write(JsonGenerator g, T item) throws IOException;
  }

  static Reply ok(ResponseFields fields) {
    return new Reply(StatusCode.SUCCESS, null, fields);
  }

  static Reply ok(ObjectNode fields) {
    return ok(ResponseFields.of(fields));
  }

  /** A response with nothing but the status. */
  static Reply ok() {
    return ok(ResponseFields.NONE);
  }

  /** {@code {name: [item...]}}, each item written by {@code write}. */
  static <T> Reply list(String name, List<T> items, ItemWriter<T> write) {
    return ok(ResponseFields.field(name, g -> {
      g.writeStartArray();
      for (T item : items) {
        write.write(g, item);
      }
      g.writeEndArray();
    }));
  }

  /** {@code {name: [render(item)...]}}. */
  static <T> Reply list(String name, List<T> items, Function<T, ObjectNode> render) {
    return list(name, items, (g, item) -> g.writeTree(render.apply(item)));
  }

  /** {@code {name: item}}, the item written by {@code write}. */
  static Reply single(String name, Json.Writer write) {
    return ok(ResponseFields.field(name, write));
  }

  /** {@code {name: item}}. */
  static Reply single(String name, ObjectNode item) {
    return single(name, g -> g.writeTree(item));
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
    return new Reply(top, firstFailure, ResponseFields.of(fields));
  }
}
