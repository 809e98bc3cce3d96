package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dataset: a named group of inputs, usable as a task's {@link InputSource#dataset input
 * source}. Immutable.
 */
@ProtoMessage
public final class Dataset {


  private final String id;
  private final String description;
  private final Instant createdAt;
  private final Instant modifiedAt;
  private final String appId;
  private final String userId;
  private final Map<String, JsonNode> additionalProperties;

  private Dataset(String id, String description, Instant createdAt, Instant modifiedAt,
      String appId, String userId, Map<String, JsonNode> additionalProperties) {
    this.id = id;
    this.description = description;
    this.createdAt = createdAt;
    this.modifiedAt = modifiedAt;
    this.appId = appId;
    this.userId = userId;
    this.additionalProperties = additionalProperties;
  }

  /**
   * A dataset to create.
   *
   * @throws IllegalArgumentException if {@code id} is blank (the API requires one)
   */
  public static Dataset of(String id) {
    return of(id, "");
  }

  /** A dataset to create, with a description. */
  public static Dataset of(String id, String description) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a dataset id must not be blank");
    }
    return new Dataset(id, description == null ? "" : description, null, null, "", "", Map.of());
  }

  /** Reads a dataset. */
  @JsonCreator
  static Dataset read(@JsonProperty("id") String id,
      @JsonProperty("description") String description,
      @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("modified_at") Instant modifiedAt, @JsonProperty("app_id") String appId,
      @JsonProperty("user_id") String userId,
      @JsonAnySetter Map<String, JsonNode> additionalProperties) {
    return new Dataset(Objects.requireNonNullElse(id, ""),
        Objects.requireNonNullElse(description, ""), createdAt, modifiedAt,
        Objects.requireNonNullElse(appId, ""), Objects.requireNonNullElse(userId, ""),
        Extras.adopt(additionalProperties));
  }

  /** Parses a dataset. */
  public static Dataset fromJson(JsonNode json) {
    return JsonSupport.convert(json, Dataset.class);
  }

  /** The dataset id. */
  @JsonProperty("id")
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public String id() {
    return id;
  }

  /** The description ({@code ""} when none). */
  @JsonProperty("description")
  public String description() {
    return description;
  }

  /** When the dataset was created. */
  @JsonProperty("created_at")
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** When the dataset last changed. */
  @JsonProperty("modified_at")
  public Optional<Instant> modifiedAt() {
    return Optional.ofNullable(modifiedAt);
  }

  /** The app it belongs to ({@code ""} on a request). */
  @JsonProperty("app_id")
  public String appId() {
    return appId;
  }

  /** The app's owner ({@code ""} on a request). */
  @JsonProperty("user_id")
  public String userId() {
    return userId;
  }

  /** Keys this SDK does not model, as sent (copies). */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
  }

  /** The dataset as JSON. */
  public ObjectNode toJson() {
    return JsonSupport.toJson(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dataset other && id.equals(other.id)
        && description.equals(other.description) && Objects.equals(createdAt, other.createdAt)
        && Objects.equals(modifiedAt, other.modifiedAt) && appId.equals(other.appId)
        && userId.equals(other.userId) && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "Dataset" + toJson();
  }
}
