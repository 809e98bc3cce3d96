package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a project's {@code param_history}: a version number, when it was set, and the
 * parameters themselves (every other key, e.g. {@code instruction}).
 *
 * @param version 0 for the parameters given at creation, then +1 per {@code setParams}
 * @param createdAt when this version was set
 * @param params the parameters of this version (without {@code version}/{@code created_at})
 */
public record ProjectParamVersion(int version, Optional<Instant> createdAt, JsonObject params) {

  /** Reads an entry: {@code version} is required; every other key is a parameter. */
  @JsonCreator
  static ProjectParamVersion read(@JsonProperty("version") Integer version,
      @JsonProperty("created_at") Instant createdAt,
      @JsonAnySetter Map<String, JsonNode> params) {
    if (version == null) {
      throw new IllegalArgumentException("project param_history entry: \"version\" is missing");
    }
    return new ProjectParamVersion(version, Optional.ofNullable(createdAt),
        params == null ? JsonObject.empty() : JsonObject.of(params));
  }

  /** Parses an entry (see {@link #read}). */
  public static ProjectParamVersion fromJson(JsonNode json) {
    return JsonSupport.convert(json, ProjectParamVersion.class);
  }

  /** The {@code instruction} parameter of this version. */
  public Optional<String> instruction() {
    return params.getString("instruction");
  }
}
