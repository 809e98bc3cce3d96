package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A file uploaded or imported into Refonte ({@code POST /v1/files/upload} or
 * {@code /import}). Use {@link #attachmentUrl()} as a task's {@code attachment}.
 *
 * @param id the file id
 * @param attachmentUrl the URL to use as a task attachment
 * @param mimetype the detected media type, when known
 * @param size the size in bytes, when known
 * @param projectNames the projects the file was attached to
 * @param referenceId your reference, when given
 * @param metadata the metadata as stored (text for uploads, JSON for imports), when given
 * @param createdAt when it was recorded
 * @param additionalProperties keys this SDK does not model, as sent
 */
public record FileInfo(String id, String attachmentUrl, Optional<String> mimetype,
    Optional<Long> size, List<String> projectNames, Optional<String> referenceId,
    Optional<JsonNode> metadata, Optional<Instant> createdAt,
    Map<String, JsonNode> additionalProperties) {

  private static final Set<String> KNOWN = Set.of("id", "attachment_url", "mimetype", "size",
      "project_names", "reference_id", "metadata", "created_at");

  /** Validates the components and makes defensive copies. */
  public FileInfo {
    projectNames = List.copyOf(projectNames);
    metadata = metadata.map(JsonNode::deepCopy);
    additionalProperties = Fields.copyExtras(additionalProperties);
  }

  /**
   * Parses a file object.
   *
   * @throws IllegalArgumentException if {@code id} or {@code attachment_url} is missing or a
   *     value has the wrong type
   */
  public static FileInfo fromJson(JsonNode json) {
    Fields f = Fields.of(json, "file");
    JsonNode metadata = json.get("metadata");
    return new FileInfo(f.requiredString("id"), f.requiredString("attachment_url"),
        f.optString("mimetype"), f.optLong("size"),
        f.optStringList("project_names").orElse(List.of()), f.optString("reference_id"),
        metadata == null || metadata.isNull() ? Optional.empty() : Optional.of(metadata),
        f.optInstant("created_at"), f.extras(KNOWN));
  }

  /** The stored metadata (a copy). */
  @Override
  public Optional<JsonNode> metadata() {
    return metadata.map(JsonNode::deepCopy);
  }

  /** A copy of the extras. */
  @Override
  public Map<String, JsonNode> additionalProperties() {
    return Fields.copyExtras(additionalProperties);
  }
}
