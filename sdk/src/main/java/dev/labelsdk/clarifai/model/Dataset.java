package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A dataset: a named group of inputs, usable as a task's {@link InputSource#dataset input
 * source}. Immutable.
 */
public final class Dataset {

  private static final Set<String> KNOWN =
      Set.of("id", "description", "created_at", "modified_at", "app_id", "user_id");

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

  /** Parses a dataset. */
  public static Dataset fromJson(JsonNode json) {
    Wire w = Wire.of(json, "dataset");
    return new Dataset(w.string("id"), w.string("description"), w.instant("created_at"),
        w.instant("modified_at"), w.string("app_id"), w.string("user_id"), w.extras(KNOWN));
  }

  /** The dataset id. */
  public String id() {
    return id;
  }

  /** The description ({@code ""} when none). */
  public String description() {
    return description;
  }

  /** When the dataset was created. */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** When the dataset last changed. */
  public Optional<Instant> modifiedAt() {
    return Optional.ofNullable(modifiedAt);
  }

  /** The app it belongs to ({@code ""} on a request). */
  public String appId() {
    return appId;
  }

  /** The app's owner ({@code ""} on a request). */
  public String userId() {
    return userId;
  }

  /** Keys this SDK does not model, as sent (copies). */
  public Map<String, JsonNode> additionalProperties() {
    return Out.copy(additionalProperties);
  }

  /** The dataset as JSON. */
  public ObjectNode toJson() {
    ObjectNode o = JsonSupport.newObject();
    o.put("id", id);
    Out.text(o, "description", description);
    Out.time(o, "created_at", createdAt);
    Out.time(o, "modified_at", modifiedAt);
    Out.text(o, "app_id", appId);
    Out.text(o, "user_id", userId);
    Out.extras(o, additionalProperties);
    return o;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dataset other && toJson().equals(other.toJson());
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
