package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A concept: a label of an app ({@code concepts()}), or a label on an input or annotation with
 * a {@link #value()} of 1.0 (present) or 0.0 (absent, a "negative"). Immutable.
 *
 * <pre>{@code
 * Concept.of("water")            // positive: value 1.0
 * Concept.negative("tree")       // value 0.0
 * Concept.of("water", "Water")   // with a display name (when creating concepts)
 * }</pre>
 *
 * <p>The value is always sent: over JSON a concept without {@code value} is positive, and the
 * official Java client sends 0.0 (a negative) for a value it never set (spec §4.2).
 *
 * @param id the concept id
 * @param name the display name ({@code ""} when none was given)
 * @param value 1.0 when the label applies, 0.0 for a negative; other values are model scores
 * @param createdAt when the concept was created (concepts of the app only)
 * @param appId the app the concept belongs to ({@code ""} when not sent)
 * @param additionalProperties keys this SDK does not model, as sent (copies)
 */
@ProtoMessage
@JsonDeserialize(builder = Concept.Reader.class)
public record Concept(@JsonProperty("id") String id, @JsonProperty("name") String name,
    @JsonProperty("value") double value,
    @JsonProperty("created_at") Optional<Instant> createdAt,
    @JsonProperty("app_id") String appId,
    Map<String, JsonNode> additionalProperties) {

  /**
   * Validates the id; null strings become {@code ""}.
   *
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public Concept {
    requireId(id);
    name = Objects.requireNonNullElse(name, "");
    createdAt = Objects.requireNonNullElse(createdAt, Optional.empty());
    appId = Objects.requireNonNullElse(appId, "");
    additionalProperties = Extras.adopt(additionalProperties);
  }

  /**
   * Reads a concept; a missing {@code value} means 1.0 (spec §4.2), a missing {@code id} is an
   * error. A Jackson builder (see {@link Task}).
   */
  @JsonPOJOBuilder(buildMethodName = "concept")
  static final class Reader {
    @JsonProperty("id") private String id;
    @JsonProperty("name") private String name;
    @JsonProperty("value") private Double value;
    @JsonProperty("created_at") private Instant createdAt;
    @JsonProperty("app_id") private String appId;
    @JsonAnySetter private Map<String, JsonNode> additionalProperties;

    Concept concept() {
      if (id == null || id.isEmpty()) {
        throw new IllegalArgumentException("concept: \"id\" is missing");
      }
      return new Concept(id, name, value == null ? 1.0 : value, Optional.ofNullable(createdAt),
          appId, additionalProperties);
    }
  }

  /**
   * A positive concept (value 1.0).
   *
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public static Concept of(String id) {
    return new Concept(id, "", 1.0, Optional.empty(), "", Map.of());
  }

  /** A positive concept with a display name (used when creating concepts). */
  public static Concept of(String id, String name) {
    return of(id).withName(name);
  }

  /** A negative concept (value 0.0): the label explicitly does not apply. */
  public static Concept negative(String id) {
    return of(id).withValue(0.0);
  }

  /** Parses a concept (see {@link Reader}). */
  public static Concept fromJson(JsonNode json) {
    return JsonSupport.convert(json, Concept.class);
  }

  /** True when {@link #value()} is above 0. */
  public boolean isPositive() {
    return value > 0;
  }

  /** Keys this SDK does not model, as sent (copies). */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
  }

  /** This concept with another display name. */
  public Concept withName(String newName) {
    return new Concept(id, newName == null ? "" : newName, value, createdAt, appId,
        additionalProperties);
  }

  /**
   * This concept with another value.
   *
   * @throws IllegalArgumentException if it is not a finite number
   */
  public Concept withValue(double newValue) {
    if (!Double.isFinite(newValue)) {
      throw new IllegalArgumentException("concept " + id + ": value must be finite");
    }
    return new Concept(id, name, newValue, createdAt, appId, additionalProperties);
  }

  /** The concept as the API reads it: {@code id}, {@code name} if any, always {@code value}. */
  public ObjectNode toJson() {
    return JsonSupport.toJson(this);
  }

  static String requireId(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a concept id must not be blank");
    }
    return id;
  }
}
