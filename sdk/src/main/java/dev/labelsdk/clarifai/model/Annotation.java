package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.BuiltModel;
import dev.labelsdk.core.CopyableBuilder;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

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
public final class Annotation extends BuiltModel<Annotation.Builder> {

  private Annotation(Builder b) {
    super(b);
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
    b.data = Objects.requireNonNullElse(data, b.data);
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
    return values.id;
  }

  /** The input it labels. */
  @JsonProperty("input_id")
  public String inputId() {
    return values.inputId;
  }

  /** The labels: input-level concepts, regions, metadata. */
  public Data data() {
    return values.data;
  }

  /**
   * The review state (241xx) once stored, or the status a request sets; in a
   * {@link BatchResult}, the error of an annotation that was not stored.
   */
  @JsonProperty("status")
  public Optional<Status> status() {
    return Optional.ofNullable(values.status);
  }

  /** When the annotation was stored. */
  @JsonProperty("created_at")
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(values.createdAt);
  }

  /** When the annotation last changed. */
  @JsonProperty("modified_at")
  public Optional<Instant> modifiedAt() {
    return Optional.ofNullable(values.modifiedAt);
  }

  /** The author ({@code ""} on a request: the server sets it to the caller). */
  @JsonProperty("user_id")
  public String userId() {
    return values.userId;
  }

  /** True when the annotation has no regions (labels for the whole input). */
  @JsonProperty("input_level")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean inputLevel() {
    return values.inputLevel;
  }

  /** The task this annotation is work on ({@code ""} for none). */
  @JsonProperty("task_id")
  public String taskId() {
    return values.taskId;
  }

  /** Keys this SDK does not model ({@code annotation_info}, ...), as sent (copies). */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(values.additionalProperties);
  }

  /** A builder with this annotation's values. */
  public Builder toBuilder() {
    return builderCopy();
  }

  @JsonProperty("data")
  private Data dataIfAny() {
    return values.data.isEmpty() ? null : values.data;
  }

  @Override
  protected List<Object> values() {
    Builder v = values;
    return Arrays.asList(v.id, v.inputId, v.data, v.status, v.createdAt, v.modifiedAt, v.userId,
        v.inputLevel, v.taskId, v.additionalProperties);
  }

  /** Builds an {@link Annotation}; {@code inputId} is required by the server. */
  public static final class Builder extends CopyableBuilder<Builder> {
    private String id = "";
    private String inputId = "";
    private Data data = Data.EMPTY;
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
      return data(d -> d.concepts(values));
    }

    /** Positive labels for the whole input, by concept id. */
    public Builder conceptIds(String... ids) {
      return data(d -> d.conceptIds(ids));
    }

    /** Regions with their labels. */
    public Builder regions(Region... values) {
      return data(d -> d.regions(values));
    }

    /** Your key/value data. */
    public Builder metadata(Map<String, ?> values) {
      return data(d -> d.metadata(values));
    }

    /** Your key/value data. */
    public Builder metadata(JsonObject values) {
      return data(d -> d.metadata(values));
    }

    /** Replaces all labels at once. */
    public Builder data(Data value) {
      this.data = Objects.requireNonNull(value, "data");
      return this;
    }

    /** Changes the labels: a new {@link Data} from {@code change} applied to a copy. */
    private Builder data(UnaryOperator<Data.Builder> change) {
      data = change.apply(data.toBuilder()).build();
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
