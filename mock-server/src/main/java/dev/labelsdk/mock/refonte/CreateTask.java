package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code POST /v1/task/{type}} as the engine takes it (spec §4.2): the top-level fields of spec
 * §3, and every other field of the body as {@code params}, kept verbatim. Null means "not
 * given"; the engine validates the values ({@link TaskCreateValidator}).
 */
public record CreateTask(
    String type, String instruction, String callbackUrl, ObjectNode metadata, List<String> tags,
    String uniqueId, boolean clearUniqueIdOnError, String project, String batch, ObjectNode params) {

  public CreateTask {
    tags = tags == null ? null : Collections.unmodifiableList(new ArrayList<>(tags)); // nulls are the engine's to refuse
    params = params == null ? Json.MAPPER.createObjectNode() : params;
  }

  /** A builder for a task of {@code type}; everything else starts "not given". */
  public static Builder builder(String type) {
    return new Builder(type);
  }

  /** Builds a {@link CreateTask} field by field (for Java callers and tests). */
  public static final class Builder {
    private final String type;
    private String instruction;
    private String callbackUrl;
    private ObjectNode metadata;
    private List<String> tags;
    private String uniqueId;
    private boolean clearUniqueIdOnError;
    private String project;
    private String batch;
    private ObjectNode params;

    private Builder(String type) {
      this.type = type;
    }

    public Builder instruction(String v) { instruction = v; return this; }
    public Builder callbackUrl(String v) { callbackUrl = v; return this; }
    public Builder metadata(ObjectNode v) { metadata = v; return this; }
    public Builder tags(List<String> v) { tags = v; return this; }
    public Builder uniqueId(String v) { uniqueId = v; return this; }
    public Builder clearUniqueIdOnError(boolean v) { clearUniqueIdOnError = v; return this; }
    public Builder project(String v) { project = v; return this; }
    public Builder batch(String v) { batch = v; return this; }
    public Builder params(ObjectNode v) { params = v; return this; }

    public CreateTask build() {
      return new CreateTask(type, instruction, callbackUrl, metadata, tags, uniqueId,
          clearUniqueIdOnError, project, batch, params);
    }
  }
}
