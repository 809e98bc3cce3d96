package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.Timestamps;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A batch of tasks within a project (spec §4.10). Immutable. */
@JsonDeserialize(builder = Batch.Builder.class)
public final class Batch {


  private final String name;
  private final String project;
  private final BatchStatus status;
  private final String callback;
  private final JsonObject metadata;
  private final boolean calibrationBatch;
  private final boolean selfLabelBatch;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final Map<String, JsonNode> additionalProperties;

  private Batch(Builder b) {
    if (b.name == null || b.name.isEmpty()) {
      throw new IllegalArgumentException("batch: \"name\" is missing");
    }
    if (b.status == null || b.status.value().isEmpty()) {
      throw new IllegalArgumentException("batch " + b.name + ": \"status\" is missing");
    }
    this.name = b.name;
    this.project = b.project;
    this.status = b.status;
    this.callback = b.callback;
    this.metadata = b.metadata;
    this.calibrationBatch = b.calibrationBatch;
    this.selfLabelBatch = b.selfLabelBatch;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.additionalProperties = Extras.copy(b.additionalProperties);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses a batch object.
   * The model keeps parts of {@code json} without copying them: do not change the tree
   * afterwards (pass {@code json.deepCopy()} if you must).
   *
   * @throws IllegalArgumentException if {@code name} or {@code status} is missing or a value
   *     has the wrong type
   */
  public static Batch fromJson(JsonNode json) {
    return JsonSupport.convert(json, Batch.class);
  }

  /** The {@code name} value. */
  public String name() {
    return name;
  }

  /** The project the batch belongs to. */
  public Optional<String> project() {
    return Optional.ofNullable(project);
  }

  /** The {@code status} value. */
  public BatchStatus status() {
    return status;
  }

  /** The batch's callback URL; empty when none (the service sends {@code ""}). */
  public Optional<String> callback() {
    return Optional.ofNullable(callback).filter(c -> !c.isEmpty());
  }

  /** The {@code metadata} value. */
  public JsonObject metadata() {
    return metadata;
  }

  /** The {@code calibration_batch} flag. */
  public boolean calibrationBatch() {
    return calibrationBatch;
  }

  /** The {@code self_label_batch} flag. */
  public boolean selfLabelBatch() {
    return selfLabelBatch;
  }

  /** The {@code created_at} value, when present. */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** The {@code updated_at} value, when present. */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  /** Keys this SDK does not model, as sent (copies). */
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
  }

  /** The object as JSON, in the wire format (a copy). */
  public ObjectNode toJson() {
    return JsonSupport.toJson(this);
  }

  /** What Jackson writes: the builder's fields (they carry the wire names). */
  @JsonValue
  private Builder wire() {
    return toBuilder();
  }

  /** A builder initialised with this object's values. */
  public Builder toBuilder() {
    Builder b = builder();
    b.name = name;
    b.project = project;
    b.status = status;
    b.callback = callback;
    b.metadata = metadata;
    b.calibrationBatch = calibrationBatch;
    b.selfLabelBatch = selfLabelBatch;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Batch other && values().equals(other.values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  private List<Object> values() {
    return Arrays.asList(name, project, status, callback, metadata, calibrationBatch,
        selfLabelBatch, createdAt, updatedAt, additionalProperties);
  }

  @Override
  public String toString() {
    return "Batch" + toJson();
  }

  /** Builds a {@link Batch}; {@code name} and {@code status} are required. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class Builder {
    @JsonProperty("name")
    private String name;
    @JsonProperty("project")
    private String project;
    @JsonProperty("status")
    private BatchStatus status;
    @JsonProperty("callback")
    private String callback;
    @JsonProperty("metadata")
    @JsonSetter(nulls = Nulls.SKIP)
    private JsonObject metadata = JsonObject.empty();
    @JsonProperty("calibration_batch")
    private boolean calibrationBatch;
    @JsonProperty("self_label_batch")
    private boolean selfLabelBatch;
    @JsonProperty("created_at")
    @JsonDeserialize(using = Timestamps.Reader.class)
    @JsonSerialize(using = Timestamps.MillisWriter.class)
    private Instant createdAt;
    @JsonProperty("updated_at")
    @JsonDeserialize(using = Timestamps.Reader.class)
    @JsonSerialize(using = Timestamps.MillisWriter.class)
    private Instant updatedAt;
    @JsonAnySetter
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    @JsonAnyGetter
    private Map<String, JsonNode> extras() {
      return additionalProperties;
    }

    /** Sets {@code name}; see {@link Batch#name()}. */
    public Builder name(String v) {
      name = v;
      return this;
    }

    /** Sets {@code project}; see {@link Batch#project()}. */
    public Builder project(String v) {
      project = v;
      return this;
    }

    /** Sets {@code status}; see {@link Batch#status()}. */
    public Builder status(BatchStatus v) {
      status = v;
      return this;
    }

    /** Sets {@code callback}; see {@link Batch#callback()}. */
    public Builder callback(String v) {
      callback = v;
      return this;
    }

    /** Sets {@code metadata}; see {@link Batch#metadata()}. */
    public Builder metadata(JsonObject v) {
      metadata = Objects.requireNonNull(v);
      return this;
    }

    /** Sets {@code calibration_batch}; see {@link Batch#calibrationBatch()}. */
    public Builder calibrationBatch(boolean v) {
      calibrationBatch = v;
      return this;
    }

    /** Sets {@code self_label_batch}; see {@link Batch#selfLabelBatch()}. */
    public Builder selfLabelBatch(boolean v) {
      selfLabelBatch = v;
      return this;
    }

    /** Sets {@code created_at}; see {@link Batch#createdAt()}. */
    public Builder createdAt(Instant v) {
      createdAt = v;
      return this;
    }

    /** Sets {@code updated_at}; see {@link Batch#updatedAt()}. */
    public Builder updatedAt(Instant v) {
      updatedAt = v;
      return this;
    }

    /** Adds a key this SDK does not model. */
    public Builder additionalProperty(String key, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(key), value);
      return this;
    }

    /** Builds the immutable Batch. */
    public Batch build() {
      return new Batch(this);
    }
  }
}
