package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An annotation: labels on one input (spec §3.6), possibly work on a task. Immutable.
 *
 * <pre>{@code
 * // A worker's labels for a task, kept as a draft until the assignment is submitted:
 * Annotation.builder().inputId("in1").taskId(task.id()).concepts(Concept.of("water"))
 *     .draft().build();
 * // Boxes:
 * Annotation.builder().inputId("in1").taskId(task.id())
 *     .regions(Region.box(BoundingBox.of(0.1, 0.2, 0.5, 0.6), Concept.of("boat"))).build();
 * }</pre>
 *
 * <p>A task annotation posted <em>without</em> {@link Builder#draft()} submits its
 * (task, input, worker) unit at once: the older flow, before {@code LABEL_SUBMIT} existed.
 */
@ProtoMessage
public final class Annotation {


  private final String id;
  private final String inputId;
  private final Data data;
  private final Status status;
  private final Instant createdAt;
  private final Instant modifiedAt;
  private final String userId;
  private final boolean inputLevel;
  private final String taskId;
  private final Map<String, JsonNode> additionalProperties;

  private Annotation(Builder b) {
    this.id = b.id;
    this.inputId = b.inputId;
    this.data = b.data.build();
    this.status = b.status;
    this.createdAt = b.createdAt;
    this.modifiedAt = b.modifiedAt;
    this.userId = b.userId;
    this.inputLevel = b.inputLevel;
    this.taskId = b.taskId;
    this.additionalProperties = b.additionalProperties;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads an annotation. The author is {@code user_id} or {@code worker.user.id}; the task is
   * {@code task_id} or {@code annotation_info.task_id} (kept as an unmodelled key).
   */
  @JsonCreator
  static Annotation read(@JsonProperty("id") String id, @JsonProperty("input_id") String inputId,
      @JsonProperty("data") Data data, @JsonProperty("status") Status status,
      @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("modified_at") Instant modifiedAt, @JsonProperty("user_id") String userId,
      @JsonProperty("worker") TaskWorker.UserRef worker,
      @JsonProperty("input_level") boolean inputLevel, @JsonProperty("task_id") String taskId,
      @JsonAnySetter Map<String, JsonNode> additionalProperties) {
    Builder b = builder();
    b.id = Objects.requireNonNullElse(id, "");
    b.inputId = Objects.requireNonNullElse(inputId, "");
    if (data != null) {
      b.data = data.toBuilder();
    }
    b.status = status;
    b.createdAt = createdAt;
    b.modifiedAt = modifiedAt;
    b.userId = userId == null || userId.isEmpty() ? TaskWorker.UserRef.userId(worker) : userId;
    b.inputLevel = inputLevel;
    b.additionalProperties = Extras.adopt(additionalProperties);
    JsonNode linked = b.additionalProperties.containsKey("annotation_info")
        ? b.additionalProperties.get("annotation_info").get("task_id") : null;
    b.taskId = taskId != null && !taskId.isEmpty() ? taskId
        : linked != null && linked.isTextual() ? linked.textValue() : "";
    return b.build();
  }

  /** Parses an annotation (see {@link #read}). */
  public static Annotation fromJson(JsonNode json) {
    return JsonSupport.convert(json, Annotation.class);
  }

  /** The annotation id ({@code ""} on a request without one). */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  /** The input it labels. */
  @JsonProperty("input_id")
  public String inputId() {
    return inputId;
  }

  /** The labels: input-level concepts, regions, metadata. */
  public Data data() {
    return data;
  }

  /**
   * The review state (241xx) once stored, or the status a request sets; in a
   * {@link BatchResult}, the error of an annotation that was not stored.
   */
  @JsonProperty("status")
  public Optional<Status> status() {
    return Optional.ofNullable(status);
  }

  /** When the annotation was stored. */
  @JsonProperty("created_at")
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** When the annotation last changed. */
  @JsonProperty("modified_at")
  public Optional<Instant> modifiedAt() {
    return Optional.ofNullable(modifiedAt);
  }

  /** The author ({@code ""} on a request: the server sets it to the caller). */
  @JsonProperty("user_id")
  public String userId() {
    return userId;
  }

  /** True when the annotation has no regions (labels for the whole input). */
  @JsonProperty("input_level")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean inputLevel() {
    return inputLevel;
  }

  /** The task this annotation is work on ({@code ""} for none). */
  @JsonProperty("task_id")
  public String taskId() {
    return taskId;
  }

  /** Keys this SDK does not model ({@code annotation_info}, ...), as sent (copies). */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
  }

  /** A builder with this annotation's values. */
  public Builder toBuilder() {
    Builder b = builder();
    b.id = id;
    b.inputId = inputId;
    b.data = data.toBuilder();
    b.status = status;
    b.createdAt = createdAt;
    b.modifiedAt = modifiedAt;
    b.userId = userId;
    b.inputLevel = inputLevel;
    b.taskId = taskId;
    b.additionalProperties = additionalProperties;
    return b;
  }

  /** The annotation as JSON (status code by name). */
  public ObjectNode toJson() {
    return JsonSupport.toJson(this);
  }

  @JsonProperty("data")
  private Data dataIfAny() {
    return data.isEmpty() ? null : data;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Annotation other && id.equals(other.id) && inputId.equals(other.inputId)
        && data.equals(other.data) && Objects.equals(status, other.status)
        && Objects.equals(createdAt, other.createdAt)
        && Objects.equals(modifiedAt, other.modifiedAt) && userId.equals(other.userId)
        && inputLevel == other.inputLevel && taskId.equals(other.taskId)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, inputId, data);
  }

  @Override
  public String toString() {
    return "Annotation" + toJson();
  }

  /** Builds an {@link Annotation}; {@code inputId} is required by the server. */
  public static final class Builder {
    private String id = "";
    private String inputId = "";
    private Data.Builder data = Data.builder();
    private Status status;
    private Instant createdAt;
    private Instant modifiedAt;
    private String userId = "";
    private boolean inputLevel;
    private String taskId = "";
    private Map<String, JsonNode> additionalProperties = Map.of();

    private Builder() {}

    /** Your id (to update the annotation later, or to retry a create safely). */
    public Builder id(String value) {
      this.id = value == null ? "" : value;
      return this;
    }

    /** The input it labels. */
    public Builder inputId(String value) {
      this.inputId = value == null ? "" : value;
      return this;
    }

    /** Links the annotation to a task: work of the caller on their assignment. */
    public Builder taskId(String value) {
      this.taskId = value == null ? "" : value;
      return this;
    }

    /** Labels for the whole input. */
    public Builder concepts(Concept... values) {
      data.concepts(values);
      return this;
    }

    /** Positive labels for the whole input, by concept id. */
    public Builder conceptIds(String... ids) {
      data.conceptIds(ids);
      return this;
    }

    /** Regions with their labels. */
    public Builder regions(Region... values) {
      data.regions(values);
      return this;
    }

    /** Your key/value data. */
    public Builder metadata(Map<String, ?> values) {
      data.metadata(values);
      return this;
    }

    /** Your key/value data. */
    public Builder metadata(JsonObject values) {
      data.metadata(values);
      return this;
    }

    /** Replaces all labels at once. */
    public Builder data(Data value) {
      this.data = Objects.requireNonNull(value, "data").toBuilder();
      return this;
    }

    /**
     * The status to set. On a task annotation only a reviewer or the app owner may set one
     * (the older review flow): {@link StatusCode#ANNOTATION_SUCCESS} approves,
     * {@link StatusCode#ANNOTATION_REVIEW_DENIED} rejects and
     * {@link StatusCode#ANNOTATION_PENDING} sends back.
     */
    public Builder status(StatusCode code) {
      this.status = code == null ? null : Status.of(code);
      return this;
    }

    /**
     * Posts a task annotation as a draft ({@link StatusCode#ANNOTATION_PENDING}): the worker
     * submits the assignment later with {@code assignments(taskId).submit(...)}.
     */
    public Builder draft() {
      return status(StatusCode.ANNOTATION_PENDING);
    }

    /** A key this SDK does not model (sent as given). */
    public Builder additionalProperty(String key, JsonNode value) {
      this.additionalProperties = Extras.with(additionalProperties, key, value);
      return this;
    }

    /** The immutable annotation. */
    public Annotation build() {
      return new Annotation(this);
    }
  }
}
