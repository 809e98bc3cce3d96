package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonObject;
import java.time.Instant;
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

  /**
   * Parses a history entry.
   * The model keeps parts of {@code json} without copying them: do not change the tree
   * afterwards (pass {@code json.deepCopy()} if you must).
   *
   * @throws IllegalArgumentException if {@code version} is missing or has the wrong type
   */
  public static ProjectParamVersion fromJson(JsonNode json) {
    Fields f = Fields.of(json, "project param_history entry");
    int version = f.optInt("version").orElseThrow(() ->
        new IllegalArgumentException("project param_history entry: \"version\" is missing"));
    ObjectNode params = ((ObjectNode) json).deepCopy();
    params.remove("version");
    params.remove("created_at");
    return new ProjectParamVersion(version, f.optInstant("created_at"), JsonObject.of(params));
  }

  /** The {@code instruction} parameter of this version. */
  public Optional<String> instruction() {
    return params.getString("instruction");
  }
}
