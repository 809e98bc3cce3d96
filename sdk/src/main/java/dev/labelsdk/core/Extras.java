package dev.labelsdk.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The keys a model does not know ({@code additionalProperties}), kept so that they survive a
 * round trip: collected by a model's {@code @JsonAnySetter}, written back by its
 * {@code @JsonAnyGetter}. The same rules for every model of both APIs.
 */
public final class Extras {

  private Extras() {}

  /** Keys a decoder just collected (not copied: nobody else holds them); none when null. */
  public static Map<String, JsonNode> adopt(Map<String, JsonNode> extras) {
    return extras == null || extras.isEmpty() ? Map.of() : Collections.unmodifiableMap(extras);
  }

  /** A deep, unmodifiable copy (for accessors, and for maps a caller may still change). */
  public static Map<String, JsonNode> copy(Map<String, JsonNode> extras) {
    if (extras == null || extras.isEmpty()) {
      return Map.of();
    }
    Map<String, JsonNode> out = new LinkedHashMap<>();
    extras.forEach((k, v) -> out.put(k, v == null ? null : v.deepCopy()));
    return Collections.unmodifiableMap(out);
  }

  /** {@code extras} plus {@code key}, as a new unmodifiable map (JSON null for a null value). */
  public static Map<String, JsonNode> with(Map<String, JsonNode> extras, String key,
      JsonNode value) {
    Map<String, JsonNode> out = new LinkedHashMap<>(extras);
    out.put(Objects.requireNonNull(key, "key"),
        value == null ? NullNode.getInstance() : value.deepCopy());
    return Collections.unmodifiableMap(out);
  }
}
