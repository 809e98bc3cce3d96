package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.ClarifaiTimestamps;
import dev.labelsdk.mock.clarifai.ProtoEnum;
import dev.labelsdk.mock.clarifai.StatusCode;
import dev.labelsdk.mock.common.Json;
import java.io.IOException;

/**
 * Writing response fields the Clarifai way (spec §4, §4.1): snake_case, enums as numbers,
 * uint64 as strings, timestamps with six fractional digits, default values omitted. Each
 * rule comes twice: into a JSON tree, and straight to a generator (for the hot answers).
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

  // ---- the same rules, written straight to a generator ----

  /** {@code {"code": n, "description": "..."}} of a lifecycle status. */
  static void status(JsonGenerator g, StatusCode code) throws IOException {
    g.writeStartObject();
    g.writeNumberField("code", code.number());
    g.writeStringField("description", code.description());
    g.writeEndObject();
  }

  /** {@code {"user": {"id": userId}}}, the Worker form. */
  static void userWorker(JsonGenerator g, String userId) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("user");
    g.writeStringField("id", userId);
    g.writeEndObject();
    g.writeEndObject();
  }

  static void text(JsonGenerator g, String name, String value) throws IOException {
    if (value != null && !value.isEmpty()) {
      g.writeStringField(name, value);
    }
  }

  static void number(JsonGenerator g, String name, long value) throws IOException {
    if (value != 0) {
      g.writeNumberField(name, value);
    }
  }

  /** A uint64 as a JSON string, omitted when 0. */
  static void u64(JsonGenerator g, String name, long value) throws IOException {
    if (value != 0) {
      g.writeStringField(name, Long.toString(value));
    }
  }

  static void flag(JsonGenerator g, String name, boolean value) throws IOException {
    if (value) {
      g.writeBooleanField(name, true);
    }
  }

  /** An enum by number, omitted when it is the zero value (or null). */
  static void enumNumber(JsonGenerator g, String name, ProtoEnum value) throws IOException {
    if (value != null && value.number() != 0) {
      g.writeNumberField(name, value.number());
    }
  }

  static void time(JsonGenerator g, String name, long epochMillis) throws IOException {
    g.writeStringField(name, ClarifaiTimestamps.format(epochMillis));
  }

  /** A stored JSON tree (Struct or echoed message), omitted when absent. */
  static void tree(JsonGenerator g, String name, JsonNode value) throws IOException {
    if (value != null && !value.isNull()) {
      g.writeFieldName(name);
      g.writeTree(value);
    }
  }

  /** A Struct number: whole numbers without a fraction ({@code 90}), others as doubles. */
  static void structNumber(JsonGenerator g, String name, double value) throws IOException {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      g.writeNumberField(name, (long) value);
    } else {
      g.writeNumberField(name, value);
    }
  }
}
