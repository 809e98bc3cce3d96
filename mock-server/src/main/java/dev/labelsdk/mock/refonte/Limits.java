package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The task limits of spec §3: tags (at most 5, non-blank) and metadata (an object of ≤ 10 KB). */
final class Limits {

  static final int MAX_TAGS = 5;
  static final int MAX_METADATA_BYTES = 10 * 1024;

  private Limits() {}

  /** Validates a tag array (at most {@link #MAX_TAGS} after removing duplicates). */
  static List<String> tags(JsonNode node, String field) {
    return checkCount(tagList(node, field));
  }

  /** Validates an array of non-blank strings; duplicates are collapsed, first kept. */
  static List<String> tagList(JsonNode node, String field) {
    if (node == null || !node.isArray()) {
      throw RefonteError.invalidParameter("\"" + field + "\" must be an array of strings");
    }
    Set<String> tags = new LinkedHashSet<>();
    for (JsonNode tag : node) {
      if (!tag.isTextual() || tag.asText().isBlank()) {
        throw RefonteError.invalidParameter(
            "\"" + field + "\" must contain only non-empty strings (got " + tag + ")");
      }
      tags.add(tag.asText());
    }
    return new ArrayList<>(tags);
  }

  static List<String> checkCount(List<String> tags) {
    if (tags.size() > MAX_TAGS) {
      throw RefonteError.invalidParameter(
          "a task can have at most " + MAX_TAGS + " tags (got " + tags.size() + ")");
    }
    return tags;
  }

  /** Validates metadata and returns its compact JSON; null or an empty body count as {}. */
  static String metadata(JsonNode node, String field) {
    if (node == null || node.isNull()) {
      return "{}";
    }
    if (!node.isObject()) {
      throw RefonteError.invalidParameter("\"" + field + "\" must be an object");
    }
    String json = Json.compact(node);
    int size = json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    if (size > MAX_METADATA_BYTES) {
      throw RefonteError.invalidParameter(
          "\"" + field + "\" must be at most " + MAX_METADATA_BYTES + " bytes (got " + size + ")");
    }
    return json;
  }
}
