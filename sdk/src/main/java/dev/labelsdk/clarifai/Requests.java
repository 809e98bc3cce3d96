package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Shapes model JSON into request items. */
final class Requests {

  /** Fields the server sets on inputs, annotations and concepts; creates leave them out. */
  private static final List<String> SERVER_SET = List.of("created_at", "modified_at", "status",
      "user_id", "app_id", "input_level", "worker");

  private Requests() {}

  /** {@code json} without server-set fields (changes and returns it). */
  static ObjectNode create(ObjectNode json) {
    json.remove(SERVER_SET);
    return json;
  }
}
