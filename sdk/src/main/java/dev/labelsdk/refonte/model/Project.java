package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A project: a task type plus versioned default parameters (spec §4.11). Immutable.
 *
 * @param name the project name (unique per account)
 * @param type the task type of its tasks
 * @param createdAt when it was created
 * @param archived whether it is archived, when the server says
 * @param paramHistory parameter versions, oldest first
 * @param additionalProperties keys this SDK does not model, as sent
 */
public record Project(
    String name, TaskType type, Optional<Instant> createdAt, Optional<Boolean> archived,
    List<ProjectParamVersion> paramHistory, Map<String, JsonNode> additionalProperties) {


  /** Validates the components and makes defensive copies. */
  public Project {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("project: \"name\" is missing");
    }
    if (type == null) {
      throw new IllegalArgumentException("project " + name + ": \"type\" is missing");
    }
    paramHistory = List.copyOf(paramHistory);
    additionalProperties = Extras.copy(additionalProperties);
  }

  /** Reads a project; {@code name} and {@code type} are required. */
  @JsonCreator
  static Project read(@JsonProperty("name") String name, @JsonProperty("type") TaskType type,
      @JsonProperty("created_at") Instant createdAt, @JsonProperty("archived") Boolean archived,
      @JsonProperty("param_history") List<ProjectParamVersion> paramHistory,
      @JsonAnySetter Map<String, JsonNode> additionalProperties) {
    return new Project(name, type, Optional.ofNullable(createdAt), Optional.ofNullable(archived),
        paramHistory == null ? List.of() : paramHistory, additionalProperties);
  }

  /** Parses a project (see {@link #read}). */
  public static Project fromJson(JsonNode json) {
    return JsonSupport.convert(json, Project.class);
  }

  /** The newest parameter version, if any. */
  public Optional<ProjectParamVersion> currentParams() {
    return paramHistory.isEmpty()
        ? Optional.empty() : Optional.of(paramHistory.get(paramHistory.size() - 1));
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder initialised with this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.type = type;
    b.createdAt = createdAt.orElse(null);
    b.archived = archived.orElse(null);
    b.paramHistory = paramHistory;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  /** A copy of the extras (records hand out the same map otherwise). */
  @Override
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
  }

  /** Builds a {@link Project}; {@code name} and {@code type} are required. */
  public static final class Builder {
    private String name;
    private TaskType type;
    private Instant createdAt;
    private Boolean archived;
    private List<ProjectParamVersion> paramHistory = List.of();
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code name}. */
    public Builder name(String v) {
      name = v;
      return this;
    }

    /** Sets {@code type}. */
    public Builder type(TaskType v) {
      type = v;
      return this;
    }

    /** Sets {@code created_at}. */
    public Builder createdAt(Instant v) {
      createdAt = v;
      return this;
    }

    /** Sets {@code archived}. */
    public Builder archived(Boolean v) {
      archived = v;
      return this;
    }

    /** Sets {@code param_history}. */
    public Builder paramHistory(List<ProjectParamVersion> v) {
      paramHistory = List.copyOf(v);
      return this;
    }

    /** Adds a key this SDK does not model. */
    public Builder additionalProperty(String key, JsonNode value) {
      additionalProperties.put(java.util.Objects.requireNonNull(key), value);
      return this;
    }

    /** Builds the immutable Project. */
    public Project build() {
      return new Project(name, type, Optional.ofNullable(createdAt), Optional.ofNullable(archived),
          paramHistory, additionalProperties);
    }
  }
}
