package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes JSON the way the Clarifai API reads it (spec §12 "Writing"): snake_case names, enums
 * by name, proto defaults left out.
 */
final class Out {

  private Out() {}

  static void text(ObjectNode o, String key, String value) {
    if (value != null && !value.isEmpty()) {
      o.put(key, value);
    }
  }

  static void number(ObjectNode o, String key, long value) {
    if (value != 0) {
      o.put(key, value);
    }
  }

  /** An enum by name, left out when it is the zero ("not set") value. */
  static void enumName(ObjectNode o, String key, ProtoEnum value) {
    if (value != null && value.number() != 0) {
      o.set(key, value.toJson());
    }
  }

  static void strings(ObjectNode o, String key, Collection<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = o.putArray(key);
      values.forEach(array::add);
    }
  }

  static void time(ObjectNode o, String key, Instant value) {
    if (value != null) {
      o.put(key, DateTimeFormatter.ISO_INSTANT.format(value));
    }
  }

  /** Writes the unmodelled keys that do not collide with a modelled one (copies). */
  static void extras(ObjectNode o, Map<String, JsonNode> extras) {
    extras.forEach((k, v) -> {
      if (!o.has(k)) {
        o.set(k, v == null ? null : v.deepCopy());
      }
    });
  }

  /** {@code extras} plus {@code key}, as a new unmodifiable map (JSON null for a null value). */
  static Map<String, JsonNode> with(Map<String, JsonNode> extras, String key, JsonNode value) {
    Map<String, JsonNode> out = new LinkedHashMap<>(extras);
    out.put(java.util.Objects.requireNonNull(key, "key"),
        value == null ? NullNode.getInstance() : value.deepCopy());
    return Collections.unmodifiableMap(out);
  }

  /** Unmodelled keys a decoder just collected (not copied; none when null). */
  static Map<String, JsonNode> adopt(Map<String, JsonNode> extras) {
    return extras == null || extras.isEmpty() ? Map.of() : Collections.unmodifiableMap(extras);
  }

  /** A deep, unmodifiable copy of unmodelled keys (for builders and accessors). */
  static Map<String, JsonNode> copy(Map<String, JsonNode> extras) {
    if (extras.isEmpty()) {
      return Map.of();
    }
    Map<String, JsonNode> out = new LinkedHashMap<>();
    extras.forEach((k, v) -> out.put(k, v == null ? null : v.deepCopy()));
    return Collections.unmodifiableMap(out);
  }
}
