package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import java.util.Collection;
import java.util.List;

/** Checks lists of ids before they are sent, and writes them. */
final class Ids {

  private Ids() {}

  /**
   * Returns the ids if there is at least one and none is blank.
   *
   * @throws IllegalArgumentException otherwise
   */
  static List<String> require(Collection<String> ids, String what) {
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("give at least one " + what);
    }
    for (String id : ids) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("a " + what + " must not be blank");
      }
    }
    return List.copyOf(ids);
  }

  /** {@code {key: [ids...]}}. */
  static ObjectNode body(String key, List<String> ids) {
    ObjectNode body = JsonSupport.newObject();
    ArrayNode array = body.putArray(key);
    ids.forEach(array::add);
    return body;
  }

  /** {@code [{"id": ...}, ...]} as a JSON array in {@code parent} under {@code key}. */
  static void objects(ObjectNode parent, String key, List<String> ids) {
    ArrayNode array = parent.putArray(key);
    ids.forEach(id -> array.addObject().put("id", id));
  }

  /** {@code [{"user": {"id": ...}}, ...]} in {@code parent} under {@code key}. */
  static void users(ObjectNode parent, String key, List<String> userIds) {
    ArrayNode array = parent.putArray(key);
    userIds.forEach(id -> array.addObject().putObject("user").put("id", id));
  }
}
