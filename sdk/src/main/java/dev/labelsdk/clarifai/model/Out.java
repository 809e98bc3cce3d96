package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes JSON the way the Clarifai API reads it (spec §12 "Writing"): snake_case names, enums
 * by name, proto defaults left out.
 */
final class Out {

  private Out() {}

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
