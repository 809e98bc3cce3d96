package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonModel;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dataset: a named group of inputs, usable as a task's {@link InputSource#dataset input
 * source}. Immutable.
 *
 * @param id the dataset id
 * @param description the description ({@code ""} when none)
 * @param createdAt when the dataset was created
 * @param modifiedAt when the dataset last changed
 * @param appId the app it belongs to ({@code ""} on a request)
 * @param userId the app's owner ({@code ""} on a request)
 * @param additionalProperties keys this SDK does not model, as sent (the accessor returns copies)
 */
@ProtoMessage
public record Dataset(
    @JsonProperty("id") @JsonInclude(JsonInclude.Include.ALWAYS) String id,
    @JsonProperty("description") String description,
    @JsonProperty("created_at") Optional<Instant> createdAt,
    @JsonProperty("modified_at") Optional<Instant> modifiedAt,
    @JsonProperty("app_id") String appId,
    @JsonProperty("user_id") String userId,
    @JsonAnySetter Map<String, JsonNode> additionalProperties) implements JsonModel {

  /** Reads absent and null values as the proto defaults. */
  public Dataset {
    id = Objects.requireNonNullElse(id, "");
    description = Objects.requireNonNullElse(description, "");
    createdAt = Objects.requireNonNullElse(createdAt, Optional.empty());
    modifiedAt = Objects.requireNonNullElse(modifiedAt, Optional.empty());
    appId = Objects.requireNonNullElse(appId, "");
    userId = Objects.requireNonNullElse(userId, "");
    additionalProperties = Extras.adopt(additionalProperties);
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
    return new Dataset(id, description, null, null, "", "", Map.of());
  }

  /** Parses a dataset. */
  public static Dataset fromJson(JsonNode json) {
    return JsonSupport.convert(json, Dataset.class);
  }

  /** Keys this SDK does not model, as sent (copies). */
  @Override
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
  }

}
