package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.ClarifaiTimestamps;
import dev.labelsdk.mock.clarifai.ProtoEnum;
import dev.labelsdk.mock.clarifai.StatusCode;
import dev.labelsdk.mock.common.Json;

/**
 * Writing response fields the Clarifai way (spec §4, §4.1): snake_case, enums as numbers,
 * uint64 as strings, timestamps with six fractional digits, default values omitted.
 */
final class JsonOut {

  private JsonOut() {}

  static ObjectNode object() {
    return Json.MAPPER.createObjectNode();
  }

  /** {@code {"code": n, "description": "..."}} of a lifecycle status. */
  static ObjectNode status(StatusCode code) {
    ObjectNode s = object();
    s.put("code", code.number());
    s.put("description", code.description());
    return s;
  }

  /** {@code {"user": {"id": userId}}}, the Worker form. */
  static ObjectNode userWorker(String userId) {
    ObjectNode w = object();
    w.putObject("user").put("id", userId);
    return w;
  }

  static void text(ObjectNode o, String name, String value) {
    if (value != null && !value.isEmpty()) {
      o.put(name, value);
    }
  }

  static void number(ObjectNode o, String name, long value) {
    if (value != 0) {
      o.put(name, value);
    }
  }

  /** A uint64 as a JSON string, omitted when 0. */
  static void u64(ObjectNode o, String name, long value) {
    if (value != 0) {
      o.put(name, Long.toString(value));
    }
  }

  static void flag(ObjectNode o, String name, boolean value) {
    if (value) {
      o.put(name, true);
    }
  }

  /** An enum by number, omitted when it is the zero value (or null). */
  static void enumNumber(ObjectNode o, String name, ProtoEnum value) {
    if (value != null && value.number() != 0) {
      o.put(name, value.number());
    }
  }

  static void time(ObjectNode o, String name, long epochMillis) {
    o.put(name, ClarifaiTimestamps.format(epochMillis));
  }

  /** A stored JSON tree (Struct or echoed message), omitted when absent. */
  static void tree(ObjectNode o, String name, JsonNode value) {
    if (value != null && !value.isNull()) {
      o.set(name, value.deepCopy());
    }
  }

  /** A Struct number: whole numbers without a fraction ({@code 90}), others as doubles. */
  static void structNumber(ObjectNode o, String name, double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      o.put(name, (long) value);
    } else {
      o.put(name, value);
    }
  }
}
