package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 */
public final class Concept {

  private static final Set<String> KNOWN = Set.of("id", "name", "value", "created_at", "app_id");

  private final String id;
  private final String name;
  private final double value;
  private final Instant createdAt;
  private final String appId;
  private final Map<String, JsonNode> additionalProperties;

  private Concept(String id, String name, double value, Instant createdAt, String appId,
      Map<String, JsonNode> additionalProperties) {
    this.id = id;
    this.name = name;
    this.value = value;
    this.createdAt = createdAt;
    this.appId = appId;
    this.additionalProperties = additionalProperties;
  }

  /**
   * A positive concept (value 1.0).
   *
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public static Concept of(String id) {
    return new Concept(requireId(id), "", 1.0, null, "", Map.of());
  }

  /** A positive concept with a display name (used when creating concepts). */
  public static Concept of(String id, String name) {
    return of(id).withName(name);
  }

  /** A negative concept (value 0.0): the label explicitly does not apply. */
  public static Concept negative(String id) {
    return of(id).withValue(0.0);
  }

  /**
   * Parses a concept; a missing {@code value} means 1.0 (spec §4.2).
   *
   * @throws IllegalArgumentException if it is not an object, lacks {@code id} or a value has
   *     the wrong type
   */
  public static Concept fromJson(JsonNode json) {
    Wire w = Wire.of(json, "concept");
    String id = w.string("id");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("concept: \"id\" is missing");
    }
    return new Concept(id, w.string("name"), w.number("value", 1.0), w.instant("created_at"),
        w.string("app_id"), w.extras(KNOWN));
  }

  /** The concept id. */
  public String id() {
    return id;
  }

  /** The display name ({@code ""} when none was given). */
  public String name() {
    return name;
  }

  /** 1.0 when the label applies, 0.0 for a negative; other values are model scores. */
  public double value() {
    return value;
  }

  /** True when {@link #value()} is above 0. */
  public boolean isPositive() {
    return value > 0;
  }

  /** When the concept was created (concepts of the app only). */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** The app the concept belongs to ({@code ""} when not sent). */
  public String appId() {
    return appId;
  }

  /** Keys this SDK does not model, as sent (copies). */
  public Map<String, JsonNode> additionalProperties() {
    return Out.copy(additionalProperties);
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
    ObjectNode o = JsonSupport.newObject();
    o.put("id", id);
    Out.text(o, "name", name);
    o.put("value", value);
    Out.time(o, "created_at", createdAt);
    Out.text(o, "app_id", appId);
    Out.extras(o, additionalProperties);
    return o;
  }

  static String requireId(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a concept id must not be blank");
    }
    return id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Concept other && toJson().equals(other.toJson());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, value);
  }

  @Override
  public String toString() {
    return "Concept" + toJson();
  }
}
