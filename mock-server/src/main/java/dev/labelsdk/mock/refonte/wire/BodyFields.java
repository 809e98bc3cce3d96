package dev.labelsdk.mock.refonte.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.refonte.RefonteError;

/**
 * Typed reads of request-body fields with Scale-style 400s. A JSON null counts as "not given"
 * for optional fields.
 */
final class BodyFields {

  private BodyFields() {}

  /** The body as an object; an empty body or {@code null} is {@code {}}. */
  static ObjectNode object(JsonNode body) {
    if (body == null || body.isNull()) {
      return Json.MAPPER.createObjectNode();
    }
    if (!body.isObject()) {
      throw RefonteError.malformed("The request body must be a JSON object.");
    }
    return (ObjectNode) body;
  }

  static boolean present(ObjectNode fields, String name) {
    JsonNode node = fields.get(name);
    return node != null && !node.isNull();
  }

  static String optionalString(ObjectNode fields, String name, boolean nonEmpty) {
    if (!present(fields, name)) {
      return null;
    }
    JsonNode node = fields.get(name);
    if (!node.isTextual() || (nonEmpty && node.asText().isEmpty())) {
      throw RefonteError.invalidParameter(
          "\"" + name + "\" must be a " + (nonEmpty ? "non-empty " : "") + "string");
    }
    return node.asText();
  }

  static String requiredString(ObjectNode fields, String name) {
    String value = optionalString(fields, name, true);
    if (value == null) {
      throw RefonteError.invalidParameter("\"" + name + "\" is required");
    }
    return value;
  }

  static boolean optionalBoolean(ObjectNode fields, String name) {
    if (!present(fields, name)) {
      return false;
    }
    JsonNode node = fields.get(name);
    if (!node.isBoolean()) {
      throw RefonteError.invalidParameter("\"" + name + "\" must be a boolean");
    }
    return node.asBoolean();
  }
}
