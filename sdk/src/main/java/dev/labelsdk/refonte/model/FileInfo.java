package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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


  /** Validates the components and makes defensive copies. */
  public FileInfo {
    projectNames = List.copyOf(projectNames);
    metadata = metadata.map(JsonNode::deepCopy);
    additionalProperties = Extras.copy(additionalProperties);
  }

  /** Reads a file; {@code id} and {@code attachment_url} are required. */
  @JsonCreator
  static FileInfo read(@JsonProperty("id") String id,
      @JsonProperty("attachment_url") String attachmentUrl,
      @JsonProperty("mimetype") String mimetype, @JsonProperty("size") Long size,
      @JsonProperty("project_names") List<String> projectNames,
      @JsonProperty("reference_id") String referenceId,
      @JsonProperty("metadata") JsonNode metadata, @JsonProperty("created_at") Instant createdAt,
      @JsonAnySetter Map<String, JsonNode> additionalProperties) {
    for (String[] required : new String[][] {{"id", id}, {"attachment_url", attachmentUrl}}) {
      if (required[1] == null || required[1].isEmpty()) {
        throw new IllegalArgumentException("file: \"" + required[0] + "\" is missing");
      }
    }
    return new FileInfo(id, attachmentUrl, Optional.ofNullable(mimetype),
        Optional.ofNullable(size), projectNames == null ? List.of() : projectNames,
        Optional.ofNullable(referenceId),
        metadata == null || metadata.isNull() ? Optional.empty() : Optional.of(metadata),
        Optional.ofNullable(createdAt), additionalProperties);
  }

  /** Parses a file (see {@link #read}). */
  public static FileInfo fromJson(JsonNode json) {
    return JsonSupport.convert(json, FileInfo.class);
  }

  /** The stored metadata (a copy). */
  @Override
  public Optional<JsonNode> metadata() {
    return metadata.map(JsonNode::deepCopy);
  }

  /** A copy of the extras. */
  @Override
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
  }
}
