package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.JsonBounds;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The task limits of spec §3: tags (at most 5, non-blank) and metadata (an object of ≤ 10 KB),
 * and the values any stored JSON must keep to (see {@link JsonBounds}). Public so the wire layer
 * checks a body in the order the API does; the engine checks again what Java callers give it.
 */
public final class Limits {

  /** An absolute URI: a scheme, a colon, then at least one character, and no whitespace. */
  private static final Pattern ABSOLUTE_URI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");

  public static final int MAX_TAGS = 5;
  public static final int MAX_METADATA_BYTES = 10 * 1024;

  private Limits() {}

  /** Non-blank tags, duplicates collapsed (first kept), at most {@link #MAX_TAGS}. */
  public static List<String> tags(List<String> given, String field) {
    return checkCount(tagList(given, field));
  }

  /** Non-blank tags, duplicates collapsed (first kept), any number. */
  static List<String> tagList(List<String> given, String field) {
    Set<String> tags = new LinkedHashSet<>();
    for (String tag : given) {
      if (tag == null || tag.isBlank()) {
        throw blankTag(field, tag == null ? Json.MAPPER.nullNode() : TextNode.valueOf(tag));
      }
      tags.add(tag);
    }
    return new ArrayList<>(tags);
  }

  /** The error for an element of a tag list that is not a non-blank string. */
  public static RefonteError blankTag(String field, JsonNode tag) {
    return RefonteError.invalidParameter(
        "\"" + field + "\" must contain only non-empty strings (got " + tag + ")");
  }

  static List<String> checkCount(List<String> tags) {
    if (tags.size() > MAX_TAGS) {
      throw RefonteError.invalidParameter(
          "a task can have at most " + MAX_TAGS + " tags (got " + tags.size() + ")");
    }
    return tags;
  }

  /**
   * Metadata as a body gives it: null or JSON null is "none" (null), anything but an object or
   * more than {@link #MAX_METADATA_BYTES} is refused.
   */
  public static ObjectNode metadata(JsonNode node, String field) {
    metadataJson(node, field);
    return node == null || node.isNull() ? null : (ObjectNode) node;
  }

  /** Checked metadata as the compact JSON a task or batch stores; none is {@code {}}. */
  static String metadataJson(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return "{}";
    }
    if (!node.isObject()) {
      throw RefonteError.invalidParameter("\"" + field + "\" must be an object");
    }
    storable(node, field);
    String json = Json.compact(node);
    int size = json.getBytes(StandardCharsets.UTF_8).length;
    if (size > MAX_METADATA_BYTES) {
      throw RefonteError.invalidParameter(
          "\"" + field + "\" must be at most " + MAX_METADATA_BYTES + " bytes (got " + size + ")");
    }
    return json;
  }

  /**
   * Refuses a value that could not be stored and shown again: a lone surrogate or a huge
   * exponent (the same rule and message as a body at the boundary, with {@code field} in front).
   */
  static void storable(JsonNode value, String field) {
    JsonBounds.Problem p = value == null ? null : JsonBounds.find(value);
    if (p != null) {
      String path = field.isEmpty() || p.path().isEmpty() || p.path().startsWith("[")
          ? field + p.path()
          : field + "." + p.path();
      throw RefonteError.invalidParameter(new JsonBounds.Problem(path, p.reason()).describe());
    }
  }

  /** {@link #storable(JsonNode, String)} for a string field. */
  static void storable(String value, String field) {
    if (value != null) {
      storable(TextNode.valueOf(value), field);
    }
  }

  /** A required string field: given, not empty, storable. */
  static String required(String value, String field) {
    if (value == null) {
      throw RefonteError.invalidParameter("\"" + field + "\" is required");
    }
    if (value.isEmpty()) {
      throw RefonteError.invalidParameter("\"" + field + "\" must be a non-empty string");
    }
    storable(value, field);
    return value;
  }

  /** An absolute URI (the attachment and {@code file_url} rule), e.g. {@code https://x/a.png}. */
  public static boolean isAbsoluteUri(String value) {
    return ABSOLUTE_URI.matcher(value).matches();
  }
}
