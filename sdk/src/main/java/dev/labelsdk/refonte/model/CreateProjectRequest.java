package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.labelsdk.core.CopyableBuilder;
import dev.labelsdk.core.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A project to create ({@code POST /v1/projects}). Immutable.
 *
 * <pre>{@code
 * CreateProjectRequest.builder(TaskType.IMAGE_ANNOTATION, "kitten_labeling")
 *     .params(Map.of("instruction", "Label every kitten"))
 *     .build()
 * }</pre>
 */
public final class CreateProjectRequest extends RefonteModel<CreateProjectRequest.Builder> {

  private CreateProjectRequest(Builder b) {
    super(b);
  }

  /** A builder for a project {@code name} whose tasks are of {@code type}. */
  public static Builder builder(TaskType type, String name) {
    return new Builder(type, name);
  }

  /** The {@code type} value. */
  public TaskType type() {
    return values.type;
  }

  /** The {@code name} value. */
  public String name() {
    return values.name;
  }

  @Override
  protected List<Object> values() {
    Builder v = values;
    return Arrays.asList(v.type, v.name, v.params, v.rapid, v.studio);
  }

  /** Builds a {@link CreateProjectRequest}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class Builder extends CopyableBuilder<Builder> {
    @JsonProperty("type")
    private final TaskType type;
    @JsonProperty("name")
    private final String name;
    @JsonProperty("params")
    private JsonObject params;
    @JsonProperty("rapid")
    private Boolean rapid;
    @JsonProperty("studio")
    private Boolean studio;

    private Builder(TaskType type, String name) {
      this.type = type;
      this.name = name;
    }

    /** Default task parameters (e.g. {@code instruction}); version 0 of the history. */
    public Builder params(Map<String, ?> v) {
      params = v == null ? null : JsonObject.of(v);
      return this;
    }

    /** Sets {@code params}. */
    public Builder params(JsonObject v) {
      params = v;
      return this;
    }

    /** A Rapid project (its batches start in {@code staging}). */
    public Builder rapid(boolean v) {
      rapid = v;
      return this;
    }

    /** A Studio project (its batches start in {@code staging}). */
    public Builder studio(boolean v) {
      studio = v;
      return this;
    }

    /** @throws InvalidRequestException if the type is missing or the name blank */
    public CreateProjectRequest build() {
      List<String> problems = new ArrayList<>();
      if (type == null) {
        problems.add("\"type\" is required: the task type of the project's tasks");
      }
      if (name == null || name.isBlank()) {
        problems.add("\"name\" is required and must not be blank");
      }
      if (!problems.isEmpty()) {
        throw new InvalidRequestException("project", problems);
      }
      return new CreateProjectRequest(this);
    }
  }
}
