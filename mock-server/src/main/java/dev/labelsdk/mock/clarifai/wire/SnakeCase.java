package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import java.util.Map;
import java.util.Set;

/**
 * Field names as the mock reads them (spec §4): lowerCamel names become snake_case, and when
 * both spellings appear the snake_case one wins (mock choice). The keys of Struct fields are
 * data (user ids, metadata keys) and are never renamed.
 */
final class SnakeCase {

  /** Struct fields (google.protobuf.Struct): their values are copied as they are. */
  private static final Set<String> STRUCT_FIELDS =
      Set.of("weights", "metadata", "annotation_info", "consensus_info");

  private SnakeCase() {}

  /** {@code userAppId} → {@code user_app_id}; snake_case names are unchanged. */
  static String of(String name) {
    if (name.chars().noneMatch(Character::isUpperCase)) {
      return name; // already snake_case: every request body's names are checked, most are
    }
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A dotted query key with each part converted: {@code userAppId.userId} → {@code user_app_id.user_id}. */
  static String ofDotted(String key) {
    String[] parts = key.split("\\.", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = of(parts[i]);
    }
    return String.join(".", parts);
  }

  /** A copy of {@code node} with every field name (outside Structs) in snake_case. */
  static JsonNode normalize(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = Json.MAPPER.createObjectNode();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (of(e.getKey()).equals(e.getKey())) {
          out.set(e.getKey(), value(e.getKey(), e.getValue()));
        }
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String snake = of(e.getKey());
        if (!out.has(snake)) {
          out.set(snake, value(snake, e.getValue()));
        }
      }
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = Json.MAPPER.createArrayNode();
      node.forEach(n -> out.add(normalize(n)));
      return out;
    }
    return node;
  }

  private static JsonNode value(String snakeName, JsonNode value) {
    return STRUCT_FIELDS.contains(snakeName) ? value : normalize(value);
  }
}
