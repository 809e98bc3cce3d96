package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.ClarifaiError;
import dev.labelsdk.mock.clarifai.ProtoEnum;
import dev.labelsdk.mock.common.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed reading of one JSON object of a request, after {@link SnakeCase}: {@code null} is the
 * same as absent (spec §4), and a value of the wrong JSON type is 11100 with the field's path
 * in {@code details} (e.g. {@code tasks[0].worker.strategy}).
 */
final class Fields {

  private final ObjectNode node;
  private final String path;

  private Fields(ObjectNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** The request body's fields; no body reads as {@code {}}. */
  static Fields root(JsonNode body) {
    if (body == null || body.isNull()) {
      return new Fields(Json.MAPPER.createObjectNode(), "");
    }
    if (!body.isObject()) {
      throw ClarifaiError.badFormat("the request body must be a JSON object");
    }
    return new Fields((ObjectNode) body, "");
  }

  /** The object as it was read (snake_case), e.g. to echo a failed item. */
  ObjectNode node() {
    return node;
  }

  /** The path of a field of this object, for error details. */
  String path(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  boolean has(String name) {
    JsonNode v = node.get(name);
    return v != null && !v.isNull();
  }

  JsonNode raw(String name) {
    return has(name) ? node.get(name) : null;
  }

  /** A string; an empty string counts as absent (proto default). */
  String string(String name) {
    JsonNode v = raw(name);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      throw wrong(name, "a string");
    }
    return v.asText().isEmpty() ? null : v.asText();
  }

  /** An int32 (number or numeric string); 0 when absent. */
  int int32(String name) {
    JsonNode v = raw(name);
    if (v == null) {
      return 0;
    }
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    if (v.isTextual() && v.asText().matches("-?\\d{1,9}")) {
      return Integer.parseInt(v.asText());
    }
    throw wrong(name, "an integer");
  }

  /** A uint32: as {@link #int32} but negative values are 11100 too. */
  int uint32(String name) {
    int v = int32(name);
    if (v < 0) {
      throw wrong(name, "a non-negative integer");
    }
    return v;
  }

  /** A float or double; null when absent. */
  Double number(String name) {
    JsonNode v = raw(name);
    if (v == null) {
      return null;
    }
    if (!v.isNumber()) {
      throw wrong(name, "a number");
    }
    return v.doubleValue();
  }

  /** {@code true} or {@code false}; false when absent. */
  boolean bool(String name) {
    JsonNode v = raw(name);
    if (v == null) {
      return false;
    }
    if (!v.isBoolean()) {
      throw wrong(name, "true or false");
    }
    return v.booleanValue();
  }

  /** An enum by name, number or numeric string; {@code otherwise} when absent. */
  <E extends Enum<E> & ProtoEnum> E enumValue(String name, Class<E> type, E otherwise) {
    JsonNode v = raw(name);
    return v == null ? otherwise : ProtoEnums.decode(v, type, path(name));
  }

  /** A list of enum values (names, numbers or numeric strings); empty when absent. */
  <E extends Enum<E> & ProtoEnum> List<E> enums(String name, Class<E> type) {
    List<E> out = new ArrayList<>();
    JsonNode v = list(name);
    for (int i = 0; i < v.size(); i++) {
      out.add(ProtoEnums.decode(v.get(i), type, path(name) + "[" + i + "]"));
    }
    return out;
  }

  /** A nested message, or null when absent. */
  Fields object(String name) {
    JsonNode v = raw(name);
    if (v == null) {
      return null;
    }
    if (!v.isObject()) {
      throw wrong(name, "an object");
    }
    return new Fields((ObjectNode) v, path(name));
  }

  /** A list of messages; empty when absent. */
  List<Fields> objects(String name) {
    List<Fields> out = new ArrayList<>();
    JsonNode v = list(name);
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      if (!item.isObject()) {
        throw ClarifaiError.badFormat(path(name) + "[" + i + "]: expected an object");
      }
      out.add(new Fields((ObjectNode) item, path(name) + "[" + i + "]"));
    }
    return out;
  }

  /** A list of strings; empty when absent. */
  List<String> strings(String name) {
    List<String> out = new ArrayList<>();
    JsonNode v = list(name);
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        throw ClarifaiError.badFormat(path(name) + "[" + i + "]: expected a string");
      }
      out.add(v.get(i).asText());
    }
    return out;
  }

  /** A Struct (a JSON object, kept as it is); null when absent. */
  JsonNode struct(String name) {
    JsonNode v = raw(name);
    if (v != null && !v.isObject()) {
      throw wrong(name, "an object");
    }
    return v;
  }

  private JsonNode list(String name) {
    JsonNode v = raw(name);
    if (v == null) {
      return Json.MAPPER.createArrayNode();
    }
    if (!v.isArray()) {
      throw wrong(name, "a list");
    }
    return v;
  }

  private ClarifaiError wrong(String name, String expected) {
    return ClarifaiError.badFormat(path(name) + ": expected " + expected + ", got " + node.get(name));
  }
}
