package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A batch of tasks within a project (spec §4.10). Immutable. */
@JsonDeserialize(builder = Batch.Builder.class)
public final class Batch extends WireModel<Batch.Builder> {

  private Batch(Builder b) {
    super(b);
    if (values.name == null || values.name.isEmpty()) {
      throw new IllegalArgumentException("batch: \"name\" is missing");
    }
    if (values.status == null || values.status.value().isEmpty()) {
      throw new IllegalArgumentException("batch " + values.name + ": \"status\" is missing");
    }
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
    return values.name;
  }

  /** The project the batch belongs to. */
  public Optional<String> project() {
    return Optional.ofNullable(values.project);
  }

  /** The {@code status} value. */
  public BatchStatus status() {
    return values.status;
  }

  /** The batch's callback URL; empty when none (the service sends {@code ""}). */
  public Optional<String> callback() {
    return Optional.ofNullable(values.callback).filter(c -> !c.isEmpty());
  }

  /** The {@code metadata} value. */
  public JsonObject metadata() {
    return values.metadata;
  }

  /** The {@code calibration_batch} flag. */
  public boolean calibrationBatch() {
    return values.calibrationBatch;
  }

  /** The {@code self_label_batch} flag. */
  public boolean selfLabelBatch() {
    return values.selfLabelBatch;
  }

  /** The {@code created_at} value, when present. */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(values.createdAt);
  }

  /** The {@code updated_at} value, when present. */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(values.updatedAt);
  }

  @Override
  List<Object> modelled() {
    Builder v = values;
    return Arrays.asList(v.name, v.project, v.status, v.callback, v.metadata, v.calibrationBatch,
        v.selfLabelBatch, v.createdAt, v.updatedAt);
  }

  /** Builds a {@link Batch}; {@code name} and {@code status} are required. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class Builder extends WireModel.Builder<Builder> {
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
    @MillisTimestamp
    private Instant createdAt;
    @JsonProperty("updated_at")
    @MillisTimestamp
    private Instant updatedAt;

    private Builder() {}

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

    /** Builds the immutable Batch. */
    public Batch build() {
      return new Batch(this);
    }
  }
}
