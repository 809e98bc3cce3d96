package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class CreateProjectRequest extends Model {

  @JsonProperty("type")
  private final TaskType type;
  @JsonProperty("name")
  private final String name;
  @JsonProperty("params")
  private final JsonObject params;
  @JsonProperty("rapid")
  private final Boolean rapid;
  @JsonProperty("studio")
  private final Boolean studio;

  private CreateProjectRequest(Builder b) {
    this.type = b.type;
    this.name = b.name;
    this.params = b.params;
    this.rapid = b.rapid;
    this.studio = b.studio;
  }

  /** A builder for a project {@code name} whose tasks are of {@code type}. */
  public static Builder builder(TaskType type, String name) {
    return new Builder(type, name);
  }

  /** The {@code type} value. */
  public TaskType type() {
    return type;
  }

  /** The {@code name} value. */
  public String name() {
    return name;
  }

  @Override
  List<Object> values() {
    return Arrays.asList(type, name, params, rapid, studio);
  }

  /** Builds a {@link CreateProjectRequest}. */
  public static final class Builder {
    private final TaskType type;
    private final String name;
    private JsonObject params;
    private Boolean rapid;
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
