package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.Timestamps;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one JSON object of a Clarifai answer (spec §4, §12 "Reading"): strict about types,
 * lenient about presence (absent and {@code null} mean the proto default, since the server
 * omits defaults), and accepting every form the server may use: numbers or numeric strings
 * for integers and uint64, enum numbers or names, timestamps with 0 to 9 fractional digits.
 * A value of the wrong type is an error naming the object and the key.
 *
 * <p>Models keep parts of the parsed tree (metadata, unknown keys) without copying them: the
 * tree must be a fresh parse that nobody else changes.
 */
final class Wire {

  private final ObjectNode node;
  private final String what;

  private Wire(ObjectNode node, String what) {
    this.node = node;
    this.what = what;
  }

  /** The fields of {@code node}, which must be an object; {@code what} names it in errors. */
  static Wire of(JsonNode node, String what) {
    if (!(node instanceof ObjectNode)) {
      throw new IllegalArgumentException(what + " must be a JSON object but was " + describe(node));
    }
    return new Wire((ObjectNode) node, what);
  }

  /** The value of {@code key}, or null when absent or JSON null. */
  JsonNode value(String key) {
    JsonNode v = node.get(key);
    // instanceof, not isNull(): that call is megamorphic over the node types and was hot
    return v instanceof NullNode ? null : v;
  }

  private IllegalArgumentException wrongType(String key, String expected) {
    return new IllegalArgumentException(what + ": \"" + key + "\" must be " + expected
        + " but was " + describe(node.get(key)));
  }

  /** A string; {@code ""} when absent (the proto default). */
  String string(String key) {
    JsonNode v = value(key);
    if (v == null) {
      return "";
    }
    if (!(v instanceof TextNode)) {
      throw wrongType(key, "a string");
    }
    return v.textValue();
  }

  /** An int32 from a number or a numeric string; 0 when absent. */
  int int32(String key) {
    long v = int64(key);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw wrongType(key, "a 32-bit integer");
    }
    return (int) v;
  }

  /** A (u)int64 from a number or a string (uint64 is a string on the wire); 0 when absent. */
  long int64(String key) {
    JsonNode v = value(key);
    if (v == null) {
      return 0;
    }
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      return v.longValue();
    }
    if (v.isTextual()) {
      try {
        return Long.parseLong(v.textValue().strip());
      } catch (NumberFormatException e) {
        throw wrongType(key, "an integer");
      }
    }
    if (v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue())) {
      return (long) v.doubleValue(); // 90.0 from a Struct
    }
    throw wrongType(key, "an integer");
  }

  /** A float or double; {@code otherwise} when absent. */
  double number(String key, double otherwise) {
    JsonNode v = value(key);
    if (v == null) {
      return otherwise;
    }
    if (v.isNumber()) {
      return v.doubleValue();
    }
    if (v.isTextual()) {
      try {
        return Double.parseDouble(v.textValue().strip());
      } catch (NumberFormatException e) {
        throw wrongType(key, "a number");
      }
    }
    throw wrongType(key, "a number");
  }

  /** A boolean; false when absent. */
  boolean bool(String key) {
    JsonNode v = value(key);
    if (v == null) {
      return false;
    }
    if (!v.isBoolean()) {
      throw wrongType(key, "a boolean");
    }
    return v.booleanValue();
  }

  /** An RFC 3339 timestamp; null when absent. */
  Instant instant(String key) {
    String text = string(key);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Timestamps.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(what + ": \"" + key + "\" is not an RFC 3339 timestamp: \""
          + text + "\"", e);
    }
  }

  /** An enum from its number or name; the type's zero value when absent. */
  <E extends ProtoEnum> E enumValue(String key, EnumValues<E> values) {
    JsonNode v = value(key);
    return v == null ? values.of(0) : values.read(v, what + ": \"" + key + "\"");
  }

  /** A nested object; null when absent. */
  ObjectNode object(String key) {
    JsonNode v = value(key);
    if (v == null) {
      return null;
    }
    if (!(v instanceof ObjectNode)) {
      throw wrongType(key, "an object");
    }
    return (ObjectNode) v;
  }

  /** A nested object's fields; null when absent. */
  Wire wire(String key) {
    ObjectNode o = object(key);
    return o == null ? null : new Wire(o, what + "." + key);
  }

  /** A Struct ({@code metadata}, ...) adopted without copying; empty when absent. */
  JsonObject struct(String key) {
    ObjectNode o = object(key);
    return o == null ? JsonObject.empty() : JsonSupport.adoptParsed(o);
  }

  /** The elements of an array, each converted; empty when absent. */
  <T> List<T> list(String key, Function<JsonNode, T> convert) {
    JsonNode v = value(key);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof ArrayNode)) {
      throw wrongType(key, "an array");
    }
    List<T> out = new ArrayList<>(v.size());
    for (JsonNode element : (ArrayNode) v) {
      out.add(convert.apply(element));
    }
    return Collections.unmodifiableList(out);
  }

  /** An array of strings; empty when absent. */
  List<String> strings(String key) {
    return list(key, e -> {
      if (!(e instanceof TextNode)) {
        throw wrongType(key, "an array of strings");
      }
      return e.textValue();
    });
  }

  /** The keys this SDK does not model, in document order (not copied). */
  Map<String, JsonNode> extras(Set<String> known) {
    return JsonSupport.unknownKeys(node, known);
  }

  static String describe(JsonNode node) {
    return JsonSupport.describe(node);
  }
}
