package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Steps 4 to 6 of task creation (spec §4.2): body shape, the common fields, then the rules of
 * the task's type. Pure: it only reads the body and never touches any state.
 */
final class TaskCreateValidator {

  /** Create fields that become top-level task fields; everything else goes into params. */
  static final Set<String> TOP_LEVEL =
      Set.of(
          "instruction", "callback_url", "metadata", "tags", "unique_id",
          "clear_unique_id_on_error", "project", "batch");

  static final Set<String> ATTACHMENT_TYPES =
      Set.of("image", "video", "text", "website", "audio", "pdf", "document", "json");

  /** An absolute URI: a scheme, a colon, then at least one character, and no whitespace. */
  private static final Pattern ABSOLUTE_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");

  private TaskCreateValidator() {}

  static NewTask validate(String type, JsonNode body) {
    ObjectNode fields = BodyFields.object(body);
    String instruction = BodyFields.optionalString(fields, "instruction", false);
    String callbackUrl = BodyFields.optionalString(fields, "callback_url", false);
    String metadata = Limits.metadata(fields.get("metadata"), "metadata");
    List<String> tags =
        BodyFields.present(fields, "tags") ? Limits.tags(fields.get("tags"), "tags") : null;
    String uniqueId = BodyFields.optionalString(fields, "unique_id", true);
    boolean clearOnError = BodyFields.optionalBoolean(fields, "clear_unique_id_on_error");
    String project = BodyFields.optionalString(fields, "project", true);
    String batch = BodyFields.optionalString(fields, "batch", true);

    String attachmentType = BodyFields.optionalString(fields, "attachment_type", false);
    if (attachmentType != null && !ATTACHMENT_TYPES.contains(attachmentType)) {
      throw RefonteError.invalidParameter(
          "\"attachment_type\" must be one of " + String.join(", ", sorted(ATTACHMENT_TYPES)));
    }
    boolean textAttachment = "text".equals(attachmentType);
    boolean hasAttachment = checkAttachment(fields, textAttachment);
    boolean hasAttachments = checkAttachments(fields, textAttachment);
    checkType(type, fields, hasAttachment, hasAttachments);

    ObjectNode params = fields.deepCopy();
    params.remove(TOP_LEVEL);
    return new NewTask(
        type, instruction, callbackUrl, metadata, tags, uniqueId, clearOnError, project, batch,
        Json.compact(params));
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
        if (BodyFields.present(fields, "choices") && !isStringArray(choices)) {
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
    if (BodyFields.present(fields, "categories")) {
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
    } else if (BodyFields.present(fields, "taxonomies")) {
      if (!fields.get("taxonomies").isObject()) {
        throw RefonteError.invalidParameter("\"taxonomies\" must be an object");
      }
    } else {
      throw RefonteError.invalidParameter("\"categories\" or \"taxonomies\" is required");
    }
  }

  private static boolean checkAttachment(ObjectNode fields, boolean text) {
    if (!BodyFields.present(fields, "attachment")) {
      return false;
    }
    JsonNode attachment = fields.get("attachment");
    if (!attachment.isTextual()) {
      throw RefonteError.invalidParameter("\"attachment\" must be a string");
    }
    if (!text && !isAbsoluteUri(attachment.asText())) {
      throw RefonteError.invalidParameter(
          "\"attachment\" must be a valid uri (got \"" + attachment.asText() + "\")");
    }
    return true;
  }

  private static boolean checkAttachments(ObjectNode fields, boolean text) {
    if (!BodyFields.present(fields, "attachments")) {
      return false;
    }
    JsonNode attachments = fields.get("attachments");
    if (!isStringArray(attachments) || attachments.isEmpty()) {
      throw RefonteError.invalidParameter("\"attachments\" must be a non-empty array of strings");
    }
    for (JsonNode a : attachments) {
      if (!text && !isAbsoluteUri(a.asText())) {
        throw RefonteError.invalidParameter(
            "\"attachments\" must contain only valid uris (got \"" + a.asText() + "\")");
      }
    }
    return true;
  }

  static boolean isAbsoluteUri(String value) {
    return ABSOLUTE_URI.matcher(value).matches();
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
