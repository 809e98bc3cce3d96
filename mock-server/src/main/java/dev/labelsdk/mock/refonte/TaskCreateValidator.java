package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import java.util.List;
import java.util.Set;

/**
 * Steps 4 to 6 of task creation (spec §4.2) on a decoded {@link CreateTask}: the common fields,
 * then the rules of the task's type on its params. Pure: it never touches any state.
 */
final class TaskCreateValidator {

  static final Set<String> ATTACHMENT_TYPES =
      Set.of("image", "video", "text", "website", "audio", "pdf", "document", "json");

  private TaskCreateValidator() {}

  /** The task to store, with {@code type} already canonical. */
  static NewTask validate(String type, CreateTask request) {
    Limits.storable(request.instruction(), "instruction");
    Limits.storable(request.callbackUrl(), "callback_url");
    String metadata = Limits.metadataJson(request.metadata(), "metadata");
    List<String> tags = request.tags() == null ? null : Limits.tags(request.tags(), "tags");
    if (tags != null) {
      tags.forEach(tag -> Limits.storable(tag, "tags"));
    }
    nonEmpty(request.uniqueId(), "unique_id");
    nonEmpty(request.project(), "project");
    nonEmpty(request.batch(), "batch");

    ObjectNode fields = request.params();
    String attachmentType = optionalString(fields, "attachment_type");
    if (attachmentType != null && !ATTACHMENT_TYPES.contains(attachmentType)) {
      throw RefonteError.invalidParameter(
          "\"attachment_type\" must be one of " + String.join(", ", sorted(ATTACHMENT_TYPES)));
    }
    boolean textAttachment = "text".equals(attachmentType);
    boolean hasAttachment = checkAttachment(fields, textAttachment);
    boolean hasAttachments = checkAttachments(fields, textAttachment);
    checkType(type, fields, hasAttachment, hasAttachments);
    Limits.storable(fields, "");
    return new NewTask(
        type, request.instruction(), request.callbackUrl(), metadata, tags, request.uniqueId(),
        request.clearUniqueIdOnError(), request.project(), request.batch(), Json.compact(fields));
  }

  private static void nonEmpty(String value, String field) {
    if (value != null && value.isEmpty()) {
      throw RefonteError.invalidParameter("\"" + field + "\" must be a non-empty string");
    }
    Limits.storable(value, field);
  }

  private static boolean present(ObjectNode fields, String name) {
    JsonNode node = fields.get(name);
    return node != null && !node.isNull();
  }

  private static String optionalString(ObjectNode fields, String name) {
    if (!present(fields, name)) {
      return null;
    }
    if (!fields.get(name).isTextual()) {
      throw RefonteError.invalidParameter("\"" + name + "\" must be a string");
    }
    return fields.get(name).asText();
  }

  private static void checkType(
      String type, ObjectNode fields, boolean hasAttachment, boolean hasAttachments) {
    switch (type) {
      case "namedentityrecognition" -> checkNamedEntityRecognition(fields);
      case "comparison" -> {
        if (!hasAttachments) {
          throw required("attachments");
        }
        JsonNode choices = fields.get("choices");
        if (present(fields, "choices") && !isStringArray(choices)) {
          throw RefonteError.invalidParameter("\"choices\" must be an array of strings");
        }
      }
      case "categorization" -> {
        if (!hasAttachment) {
          throw required("attachment");
        }
        checkCategories(fields);
      }
      default -> {
        if (!TaskTypes.NO_ATTACHMENT.contains(type) && !hasAttachment && !hasAttachments) {
          throw required("attachment");
        }
      }
    }
  }

  private static void checkNamedEntityRecognition(ObjectNode fields) {
    JsonNode text = fields.get("text");
    if (text == null || !text.isTextual() || text.asText().isEmpty()) {
      throw RefonteError.invalidParameter("\"text\" is required and must be a non-empty string");
    }
    JsonNode labels = fields.get("labels");
    if (labels == null || !labels.isArray() || labels.isEmpty()) {
      throw RefonteError.invalidParameter("\"labels\" is required and must be a non-empty array");
    }
    for (int i = 0; i < labels.size(); i++) {
      JsonNode label = labels.get(i);
      JsonNode name = label.get("name");
      if (!label.isObject() || name == null || !name.isTextual() || name.asText().isEmpty()) {
        throw RefonteError.invalidParameter("\"labels[" + i + "].name\" is required");
      }
    }
  }

  private static void checkCategories(ObjectNode fields) {
    if (present(fields, "categories")) {
      JsonNode categories = fields.get("categories");
      if (!isStringArray(categories) || categories.isEmpty()) {
        throw RefonteError.invalidParameter(
            "\"categories\" must be a non-empty array of non-empty strings");
      }
      for (JsonNode c : categories) {
        if (c.asText().isEmpty()) {
          throw RefonteError.invalidParameter(
              "\"categories\" must be a non-empty array of non-empty strings");
        }
      }
    } else if (present(fields, "taxonomies")) {
      if (!fields.get("taxonomies").isObject()) {
        throw RefonteError.invalidParameter("\"taxonomies\" must be an object");
      }
    } else {
      throw RefonteError.invalidParameter("\"categories\" or \"taxonomies\" is required");
    }
  }

  private static boolean checkAttachment(ObjectNode fields, boolean text) {
    if (!present(fields, "attachment")) {
      return false;
    }
    JsonNode attachment = fields.get("attachment");
    if (!attachment.isTextual()) {
      throw RefonteError.invalidParameter("\"attachment\" must be a string");
    }
    if (!text && !Limits.isAbsoluteUri(attachment.asText())) {
      throw RefonteError.invalidParameter(
          "\"attachment\" must be a valid uri (got \"" + attachment.asText() + "\")");
    }
    return true;
  }

  private static boolean checkAttachments(ObjectNode fields, boolean text) {
    if (!present(fields, "attachments")) {
      return false;
    }
    JsonNode attachments = fields.get("attachments");
    if (!isStringArray(attachments) || attachments.isEmpty()) {
      throw RefonteError.invalidParameter("\"attachments\" must be a non-empty array of strings");
    }
    for (JsonNode a : attachments) {
      if (!text && !Limits.isAbsoluteUri(a.asText())) {
        throw RefonteError.invalidParameter(
            "\"attachments\" must contain only valid uris (got \"" + a.asText() + "\")");
      }
    }
    return true;
  }



  private static boolean isStringArray(JsonNode node) {
    if (node == null || !node.isArray()) {
      return false;
    }
    for (JsonNode e : node) {
      if (!e.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static RefonteError required(String field) {
    return RefonteError.invalidParameter("\"" + field + "\" is required");
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
