package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the service rejects in a create body (spec §3 limits, §4.2 validation), checked on the
 * client so that mistakes surface before a request (and a retry budget) is spent.
 */
final class TaskRequestRules {

  static final int MAX_TAGS = 5;
  static final int MAX_METADATA_BYTES = 10_240;

  private static final Pattern ABSOLUTE_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
  private static final Set<String> NO_ATTACHMENT_TYPES = Set.of("textcollection", "chat",
      "chatexperimental", "chatlite", "multichat", "multistage");

  private TaskRequestRules() {}

  /** Every problem of {@code body} for a task of {@code type}; empty when it looks valid. */
  static List<String> problems(TaskType type, ObjectNode body) {
    List<String> out = new ArrayList<>();
    checkCommon(body, out);
    checkType(type, body, out);
    return out;
  }

  static void checkTags(JsonNode tags, List<String> out) {
    if (!tags.isArray()) {
      out.add("\"tags\" must be a list of strings");
      return;
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (JsonNode tag : tags) {
      if (!tag.isTextual() || tag.textValue().isBlank()) {
        out.add("tags must be non-blank strings but one is " + JsonSupport.describe(tag));
        return;
      }
      distinct.add(tag.textValue());
    }
    if (distinct.size() > MAX_TAGS) {
      out.add("at most " + MAX_TAGS + " distinct tags are allowed but " + distinct.size()
          + " were given " + distinct);
    }
  }

  static void checkMetadata(JsonNode metadata, List<String> out) {
    if (!metadata.isObject()) {
      out.add("\"metadata\" must be a JSON object");
      return;
    }
    int size = metadata.toString().getBytes(StandardCharsets.UTF_8).length;
    if (size > MAX_METADATA_BYTES) {
      out.add("\"metadata\" is " + size + " bytes as JSON; the limit is " + MAX_METADATA_BYTES);
    }
  }

  private static void checkCommon(ObjectNode body, List<String> out) {
    optionalString(body, "instruction", true, out);
    optionalString(body, "callback_url", true, out);
    optionalString(body, "unique_id", false, out);
    optionalString(body, "project", false, out);
    optionalString(body, "batch", false, out);
    JsonNode tags = body.get("tags");
    if (tags != null && !tags.isNull()) {
      checkTags(tags, out);
    }
    JsonNode metadata = body.get("metadata");
    if (metadata != null && !metadata.isNull()) {
      checkMetadata(metadata, out);
    }
    boolean text = "text".equals(body.path("attachment_type").asText(null));
    JsonNode attachment = body.get("attachment");
    if (attachment != null) {
      if (!attachment.isTextual()) {
        out.add("\"attachment\" must be a string (a URL)");
      } else if (!text && !isAbsoluteUri(attachment.textValue())) {
        out.add("\"attachment\" must be an absolute URI such as https://example.com/a.jpg or"
            + " s3://bucket/key (or set attachmentType(\"text\") for inline text), but was \""
            + attachment.textValue() + "\"");
      }
    }
    JsonNode attachments = body.get("attachments");
    if (attachments != null) {
      if (!attachments.isArray() || attachments.isEmpty()) {
        out.add("\"attachments\" must be a non-empty list of URLs");
      } else {
        for (JsonNode a : attachments) {
          if (!a.isTextual() || (!text && !isAbsoluteUri(a.textValue()))) {
            out.add("every entry of \"attachments\" must be an absolute URI but one is "
                + JsonSupport.describe(a));
            break;
          }
        }
      }
    }
  }

  private static void checkType(TaskType type, ObjectNode body, List<String> out) {
    if (!type.isKnown()) {
      return; // a type newer than this SDK: let the server judge it
    }
    String t = type.value();
    if (type.equals(TaskType.NAMED_ENTITY_RECOGNITION)) {
      JsonNode text = body.get("text");
      if (text == null || !text.isTextual() || text.textValue().isEmpty()) {
        out.add("\"text\" is required: the text whose entities are labelled");
      }
      JsonNode labels = body.get("labels");
      if (labels == null || !labels.isArray() || labels.isEmpty()) {
        out.add("\"labels\" is required: at least one label such as {\"name\": \"PERSON\"}");
      } else {
        for (JsonNode label : labels) {
          JsonNode name = label.get("name");
          if (!label.isObject() || name == null || !name.isTextual()
              || name.textValue().isEmpty()) {
            out.add("every label needs a non-empty \"name\" but one is "
                + JsonSupport.describe(label));
            break;
          }
        }
      }
    } else if (type.equals(TaskType.COMPARISON)) {
      if (!body.has("attachments")) {
        out.add("\"attachments\" is required: the items to compare");
      }
      JsonNode choices = body.get("choices");
      if (choices != null && (!choices.isArray()
          || !allText(choices))) {
        out.add("\"choices\" must be a list of strings");
      }
    } else if (type.equals(TaskType.CATEGORIZATION)) {
      requireAttachment(body, false, out);
      JsonNode categories = body.get("categories");
      JsonNode taxonomies = body.get("taxonomies");
      if (categories != null) {
        if (!categories.isArray() || categories.isEmpty() || !allNonEmptyText(categories)) {
          out.add("\"categories\" must be a non-empty list of non-empty strings");
        }
      } else if (taxonomies == null || !taxonomies.isObject()) {
        out.add("\"categories\" (or \"taxonomies\") is required: the choices offered");
      }
    } else if (!NO_ATTACHMENT_TYPES.contains(t)) {
      requireAttachment(body, true, out);
    }
  }

  private static void requireAttachment(ObjectNode body, boolean orAttachments, List<String> out) {
    if (!body.has("attachment") && !(orAttachments && body.has("attachments"))) {
      out.add("\"attachment\" is required: the URL of what to label (set attachment(...)"
          + (orAttachments ? " or attachments(...)" : "") + ")");
    }
  }

  private static void optionalString(ObjectNode body, String key, boolean nullable,
      List<String> out) {
    JsonNode v = body.get(key);
    if (v == null || (nullable && v.isNull())) {
      return;
    }
    if (!v.isTextual() || (!nullable && v.textValue().isEmpty())) {
      out.add("\"" + key + "\" must be a " + (nullable ? "" : "non-empty ") + "string");
    }
  }

  static boolean isAbsoluteUri(String s) {
    return ABSOLUTE_URI.matcher(s).matches();
  }

  private static boolean allText(JsonNode array) {
    for (JsonNode e : array) {
      if (!e.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static boolean allNonEmptyText(JsonNode array) {
    for (JsonNode e : array) {
      if (!e.isTextual() || e.textValue().isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
