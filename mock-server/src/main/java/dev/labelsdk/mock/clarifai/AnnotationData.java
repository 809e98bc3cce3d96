package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Annotation data (concepts, regions, metadata) as the engine checks and edits it: geometry
 * validation (spec §8.4 check 5), region ids, and the merge / overwrite / remove edits of
 * spec §8.7. Never mutates its arguments.
 */
final class AnnotationData {

  private AnnotationData() {}

  /**
   * 24155 unless every box has {@code 0 ≤ top < bottom ≤ 1} and {@code 0 ≤ left < right ≤ 1}
   * and every polygon has at least 3 points within 0..1.
   */
  static void checkGeometry(JsonNode data) {
    int index = 0;
    for (JsonNode region : data.path("regions")) {
      JsonNode info = region.path("region_info");
      JsonNode bb = info.path("bounding_box");
      if (bb.isObject()) {
        double top = bb.path("top_row").asDouble();
        double left = bb.path("left_col").asDouble();
        double bottom = bb.path("bottom_row").asDouble();
        double right = bb.path("right_col").asDouble();
        if (!(0 <= top && top < bottom && bottom <= 1 && 0 <= left && left < right && right <= 1)) {
          throw invalidArgument("regions[" + index + "]: a bounding box needs 0 <= top_row < bottom_row <= 1"
              + " and 0 <= left_col < right_col <= 1");
        }
      }
      JsonNode polygon = info.path("polygon");
      if (polygon.isObject()) {
        JsonNode points = polygon.path("points");
        if (points.size() < 3) {
          throw invalidArgument("regions[" + index + "]: a polygon needs at least 3 points");
        }
        for (JsonNode p : points) {
          double row = p.path("row").asDouble();
          double col = p.path("col").asDouble();
          if (row < 0 || row > 1 || col < 0 || col > 1) {
            throw invalidArgument("regions[" + index + "]: polygon points must be within 0..1");
          }
        }
      }
      index++;
    }
  }

  /** A copy in which every region has an id (generated when absent, mock choice). */
  static JsonNode withRegionIds(JsonNode data, Supplier<String> ids) {
    ObjectNode copy = data.deepCopy();
    for (JsonNode region : copy.path("regions")) {
      if (region.isObject() && !region.hasNonNull("id")) {
        ((ObjectNode) region).put("id", ids.get());
      }
    }
    return copy;
  }

  /** The data after {@code action} with {@code given} (spec §8.7); {@code given} null keeps it. */
  static JsonNode edit(JsonNode current, JsonNode given, PatchAction action, Supplier<String> ids) {
    if (given == null) {
      return current;
    }
    return switch (action) {
      case OVERWRITE -> withRegionIds(given, ids);
      case MERGE -> merge(current, given, ids);
      case REMOVE -> remove(current, given);
    };
  }

  private static JsonNode merge(JsonNode current, JsonNode given, Supplier<String> ids) {
    ObjectNode out = current.deepCopy();
    if (given.has("concepts")) {
      out.set("concepts", upsert(out.path("concepts"), given.path("concepts"), null));
    }
    if (given.has("regions")) {
      out.set("regions", upsert(out.path("regions"), given.path("regions"), ids));
    }
    if (given.path("metadata").isObject()) {
      ObjectNode metadata = out.path("metadata").isObject()
          ? (ObjectNode) out.get("metadata")
          : out.putObject("metadata");
      for (Map.Entry<String, JsonNode> e : given.get("metadata").properties()) {
        metadata.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    for (Map.Entry<String, JsonNode> e : given.properties()) {
      if (!Set.of("concepts", "regions", "metadata").contains(e.getKey())) {
        out.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    return out;
  }

  /** Replaces items with the same id, appends the others (regions without an id get one). */
  private static ArrayNode upsert(JsonNode current, JsonNode given, Supplier<String> ids) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    current.forEach(n -> out.add(n.deepCopy()));
    for (JsonNode item : given) {
      JsonNode copy = item.deepCopy();
      if (ids != null && copy.isObject() && !copy.hasNonNull("id")) {
        ((ObjectNode) copy).put("id", ids.get());
      }
      int at = indexOfId(out, copy.path("id").asText(null));
      if (at >= 0) {
        out.set(at, copy);
      } else {
        out.add(copy);
      }
    }
    return out;
  }

  private static JsonNode remove(JsonNode current, JsonNode given) {
    ObjectNode out = current.deepCopy();
    removeById(out, "concepts", given.path("concepts"));
    removeById(out, "regions", given.path("regions"));
    if (out.path("metadata").isObject() && given.path("metadata").isObject()) {
      ObjectNode metadata = (ObjectNode) out.get("metadata");
      given.get("metadata").fieldNames().forEachRemaining(metadata::remove);
    }
    return out;
  }

  private static void removeById(ObjectNode data, String field, JsonNode listed) {
    if (!data.path(field).isArray() || !listed.isArray()) {
      return;
    }
    Set<String> gone = new HashSet<>();
    listed.forEach(n -> gone.add(n.path("id").asText()));
    ArrayNode kept = Json.MAPPER.createArrayNode();
    data.get(field).forEach(n -> {
      if (!gone.contains(n.path("id").asText())) {
        kept.add(n);
      }
    });
    data.set(field, kept);
  }

  private static int indexOfId(ArrayNode items, String id) {
    if (id == null) {
      return -1;
    }
    for (int i = 0; i < items.size(); i++) {
      if (id.equals(items.get(i).path("id").asText(null))) {
        return i;
      }
    }
    return -1;
  }

  private static ClarifaiError invalidArgument(String details) {
    return new ClarifaiError(StatusCode.ANNOTATION_INVALID_ARGUMENT, details);
  }
}
