package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.util.Objects;

/** How the request builders that collect a JSON body set one of its keys. */
final class Bodies {

  private Bodies() {}

  /**
   * Sets {@code key} to {@code value} as JSON ({@code null} removes the key): a string as
   * text, a {@link JsonObject} as its object, anything else as Jackson writes it.
   */
  static void set(ObjectNode body, String key, Object value) {
    Objects.requireNonNull(key, "key");
    if (value == null) {
      body.remove(key);
    } else if (value instanceof String text) {
      body.put(key, text);
    } else if (value instanceof JsonObject json) {
      body.set(key, json.toNode());
    } else {
      body.set(key, JsonSupport.toTree(value));
    }
  }
}
