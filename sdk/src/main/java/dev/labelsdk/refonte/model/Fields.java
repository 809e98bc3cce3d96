package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.Timestamps;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object strictly by type but leniently by presence: a key that
 * is absent or {@code null} is "not set"; a key with a value of the wrong type is an error
 * naming the object and the key (so a malformed server answer gives a clear message, never a
 * {@code NullPointerException}).
 */
final class Fields {

  /** The service's timestamp form: 3 fractional digits and {@code Z}. */
  static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final ObjectNode node;
  private final String what;

  private Fields(ObjectNode node, String what) {
    this.node = node;
    this.what = what;
  }

  /** Fields of {@code node}, which must be an object; {@code what} names it in errors. */
  static Fields of(JsonNode node, String what) {
    if (!(node instanceof ObjectNode)) {
      throw new IllegalArgumentException(what + " must be a JSON object but was "
          + describe(node));
    }
    return new Fields((ObjectNode) node, what);
  }

  /** The object's entries, in document order, for decoders that read every key in one pass. */
  Iterable<Map.Entry<String, JsonNode>> entries() {
    return node.properties();
  }

  /** {@code v} (the value of {@code key}, not null) as a string. */
  String string(String key, JsonNode v) {
    if (!v.isTextual()) {
      throw wrongType(key, "a string");
    }
    return v.textValue();
  }

  /** {@code v} as a timestamp. */
  Instant instant(String key, JsonNode v) {
    String text = string(key, v);
    try {
      return Timestamps.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(what + ": \"" + key
          + "\" is not an ISO-8601 timestamp: \"" + text + "\"", e);
    }
  }

  /** {@code v} as a boolean. */
  boolean bool(String key, JsonNode v) {
    if (!v.isBoolean()) {
      throw wrongType(key, "a boolean");
    }
    return v.booleanValue();
  }

  /** {@code v} as a 32-bit integer. */
  int integer(String key, JsonNode v) {
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw wrongType(key, "a 32-bit integer");
    }
    return v.intValue();
  }

  /** {@code v}, an object of a fresh parse, adopted without a copy. */
  JsonObject object(String key, JsonNode v) {
    if (!v.isObject()) {
      throw wrongType(key, "an object");
    }
    return JsonSupport.adoptParsed((ObjectNode) v);
  }

  /** {@code v}, an array, each element converted. */
  <T> List<T> list(String key, JsonNode v, Function<JsonNode, T> convert) {
    if (!v.isArray()) {
      throw wrongType(key, "an array");
    }
    List<T> out = new ArrayList<>(v.size());
    for (JsonNode element : (ArrayNode) v) {
      out.add(convert.apply(element));
    }
    return Collections.unmodifiableList(out);
  }

  /** {@code v}, an array of strings. */
  List<String> stringList(String key, JsonNode v) {
    return list(key, v, element -> {
      if (!element.isTextual()) {
        throw wrongType(key, "an array of strings");
      }
      return element.textValue();
    });
  }

  private JsonNode value(String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v;
  }

  private IllegalArgumentException wrongType(String key, String expected) {
    return new IllegalArgumentException(what + ": \"" + key + "\" must be " + expected
        + " but was " + describe(node.get(key)));
  }

  String requiredString(String key) {
    return optString(key).filter(s -> !s.isEmpty()).orElseThrow(() ->
        new IllegalArgumentException(what + ": \"" + key + "\" is missing"));
  }

  Optional<String> optString(String key) {
    JsonNode v = value(key);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw wrongType(key, "a string");
    }
    return Optional.of(v.textValue());
  }

  Optional<Instant> optInstant(String key) {
    JsonNode v = value(key);
    return v == null ? Optional.empty() : Optional.of(instant(key, v));
  }

  Optional<Boolean> optBoolean(String key) {
    JsonNode v = value(key);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isBoolean()) {
      throw wrongType(key, "a boolean");
    }
    return Optional.of(v.booleanValue());
  }

  Optional<Long> optLong(String key) {
    JsonNode v = value(key);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw wrongType(key, "an integer");
    }
    return Optional.of(v.longValue());
  }

  Optional<Integer> optInt(String key) {
    return optLong(key).map(l -> {
      if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
        throw wrongType(key, "a 32-bit integer");
      }
      return l.intValue();
    });
  }

  long requiredLong(String key) {
    return optLong(key).orElseThrow(() ->
        new IllegalArgumentException(what + ": \"" + key + "\" is missing"));
  }

  boolean requiredBoolean(String key) {
    return optBoolean(key).orElseThrow(() ->
        new IllegalArgumentException(what + ": \"" + key + "\" is missing"));
  }

  Optional<JsonObject> optObject(String key) {
    JsonNode v = value(key);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isObject()) {
      throw wrongType(key, "an object");
    }
    return Optional.of(JsonSupport.adoptParsed((ObjectNode) v)); // v belongs to a fresh parse
  }

  JsonObject objectOrEmpty(String key) {
    return optObject(key).orElse(JsonObject.empty());
  }

  Optional<List<String>> optStringList(String key) {
    return optList(key, (element) -> {
      if (!element.isTextual()) {
        throw wrongType(key, "an array of strings");
      }
      return element.textValue();
    });
  }

  /** Elements of an array, each converted by {@code convert}; absent/null → empty. */
  <T> Optional<List<T>> optList(String key, Function<JsonNode, T> convert) {
    JsonNode v = value(key);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isArray()) {
      throw wrongType(key, "an array");
    }
    List<T> out = new ArrayList<>(v.size());
    for (JsonNode element : (ArrayNode) v) {
      out.add(convert.apply(element));
    }
    return Optional.of(Collections.unmodifiableList(out));
  }

  /** The keys this SDK does not model, in document order (models copy them when built). */
  Map<String, JsonNode> extras(Set<String> known) {
    return JsonSupport.unknownKeys(node, known);
  }

  static String describe(JsonNode node) {
    return JsonSupport.describe(node);
  }

  /** Deep, unmodifiable copy of an extras map. */
  static Map<String, JsonNode> copyExtras(Map<String, JsonNode> extras) {
    if (extras.isEmpty()) {
      return Map.of();
    }
    Map<String, JsonNode> out = new LinkedHashMap<>();
    extras.forEach((k, v) -> out.put(k, v == null ? null : v.deepCopy()));
    return Collections.unmodifiableMap(out);
  }

  /** Writes the extras that do not collide with a modelled key. */
  static void putExtras(ObjectNode out, Map<String, JsonNode> extras) {
    extras.forEach((k, v) -> {
      if (!out.has(k)) {
        out.set(k, v == null ? null : v.deepCopy());
      }
    });
  }

  static String format(Instant instant) {
    return TIMESTAMP.format(instant);
  }
}
