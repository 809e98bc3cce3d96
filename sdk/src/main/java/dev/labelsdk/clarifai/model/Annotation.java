package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
public final class Annotation extends DataObject<Annotation.Builder> {

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
    Builder b = builder().read(id, data, status, createdAt, modifiedAt, additionalProperties);
    b.inputId = inputId == null ? "" : inputId;
    b.userId = userId == null || userId.isEmpty() ? TaskWorker.UserRef.userId(worker) : userId;
    b.inputLevel = inputLevel;
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

  /** The input it labels. */
  @JsonProperty("input_id")
  public String inputId() {
    return values.inputId;
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

  @Override
  List<Object> more() {
    Builder v = values;
    return Arrays.asList(v.inputId, v.userId, v.inputLevel, v.taskId);
  }

  /** Builds an {@link Annotation}; {@code inputId} is required by the server. */
  public static final class Builder extends DataObject.Builder<Builder> {
    private String inputId = "";
    private String userId = "";
    private boolean inputLevel;
    private String taskId = "";

    private Builder() {}

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

    /** Positive labels for the whole input, by concept id. */
    public Builder conceptIds(String... ids) {
      return data(d -> d.conceptIds(ids));
    }

    /** Regions with their labels. */
    public Builder regions(Region... values) {
      return data(d -> d.regions(values));
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

    /** The immutable annotation. */
    public Annotation build() {
      return new Annotation(this);
    }
  }
}
