package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON values for engine tests, built from Java values rather than parsed from text. */
final class Nodes {

  private Nodes() {}

  /** An object from key/value pairs, in order; values are anything Jackson maps (lists, maps, numbers, nodes). */
  static ObjectNode obj(Object... keysAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return Json.MAPPER.valueToTree(fields);
  }

  /** A task of {@code type} with an attachment and these other params. */
  static CreateTask.Builder task(String type, Object... params) {
    ObjectNode p = obj(params);
    return CreateTask.builder(type).params(p);
  }

  /** An image annotation task of {@code url}. */
  static CreateTask.Builder image(String url) {
    return task("imageannotation", "attachment", url);
  }
}
