package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.AnnotationSpec;
import dev.labelsdk.mock.clarifai.ClarifaiError;
import dev.labelsdk.mock.clarifai.InputSpec;
import dev.labelsdk.mock.clarifai.StatusCode;
import java.util.List;

/**
 * Annotations and inputs of a request body, with their {@code data} normalized to the JSON
 * defaults of spec §4.1 and §4.2: a concept without {@code value} is positive (1.0), and a
 * bounding box has all four coordinates (0 when absent).
 */
final class DataDecoder {

  private static final List<String> BOX_SIDES = List.of("top_row", "left_col", "bottom_row", "right_col");

  private DataDecoder() {}

  /** An annotation; its task is {@code task_id}, else {@code annotation_info.task_id} (spec §3.6). */
  static AnnotationSpec annotation(Fields a) {
    JsonNode info = a.struct("annotation_info");
    String taskId = a.string("task_id");
    if (taskId == null && info != null && info.path("task_id").isTextual()
        && !info.get("task_id").asText().isEmpty()) {
      taskId = info.get("task_id").asText();
    }
    Fields status = a.object("status");
    return new AnnotationSpec(a.string("id"), a.string("input_id"), data(a),
        status == null ? null : status.enumValue("code", StatusCode.class, null), taskId, info);
  }

  static InputSpec input(Fields i) {
    return new InputSpec(i.string("id"), data(i), i.strings("dataset_ids"));
  }

  /** The normalized {@code data} of an item, or null when absent. */
  static JsonNode data(Fields item) {
    Fields data = item.object("data");
    if (data == null) {
      return null;
    }
    ObjectNode out = data.node().deepCopy();
    concepts(data, out);
    List<Fields> regions = data.objects("regions");
    for (int i = 0; i < regions.size(); i++) {
      Fields region = regions.get(i);
      ObjectNode regionOut = (ObjectNode) out.get("regions").get(i);
      Fields info = region.object("region_info");
      Fields box = info == null ? null : info.object("bounding_box");
      if (box != null) {
        ObjectNode boxOut = (ObjectNode) regionOut.get("region_info").get("bounding_box");
        for (String side : BOX_SIDES) {
          Double v = box.number(side);
          boxOut.put(side, v == null ? 0.0 : v);
        }
      }
      if (info != null && info.object("polygon") != null) {
        for (Fields p : info.object("polygon").objects("points")) {
          p.number("row");
          p.number("col"); // type checks only
        }
      }
      Fields regionData = region.object("data");
      if (regionData != null) {
        concepts(regionData, (ObjectNode) regionOut.get("data"));
      }
    }
    return out;
  }

  /** Concepts without {@code value} become positive; a value must be a number. */
  private static void concepts(Fields data, ObjectNode out) {
    List<Fields> concepts = data.objects("concepts");
    for (int i = 0; i < concepts.size(); i++) {
      Fields c = concepts.get(i);
      Double value = c.number("value");
      if (c.string("id") == null) {
        throw ClarifaiError.invalid(c.path("id") + " is required");
      }
      ((ObjectNode) out.get("concepts").get(i)).put("value", value == null ? 1.0 : value);
    }
  }
}
