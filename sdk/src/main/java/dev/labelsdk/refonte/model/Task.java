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
import java.util.Set;

/**
 * A Refonte task (spec §3). Immutable; parsed leniently by presence so that partial documents
 * ({@code limited_response=true} listings, older servers) still load, and every key this SDK
 * does not model is kept in {@link #additionalProperties()}.
 *
 * <p>{@link #type()} and {@link #createdAt()} are always present on full tasks; on a limited
 * listing they throw {@link IllegalStateException}. Keys that the service leaves out until
 * something happens ({@code completed_at}, {@code response}, {@code tags}, {@code unique_id},
 * ...) are {@code Optional}.
 */
@JsonDeserialize(builder = Task.Builder.class)
public final class Task extends WireModel<Task.Builder> {

  private Task(Builder b) {
    super(b);
    if (values.taskId == null || values.taskId.isEmpty()) {
      throw new IllegalArgumentException("task: \"task_id\" is missing");
    }
    if (values.status == null || values.status.value().isEmpty()) {
      throw new IllegalArgumentException("task " + values.taskId + ": \"status\" is missing");
    }
    // Jackson sets the lists as it read them: the task's own copy holds unmodifiable ones.
    values.audits = List.copyOf(values.audits);
    values.tags = values.tags == null ? null : List.copyOf(values.tags);
  }

  /** A builder for a task (for tests and fakes; the client builds tasks from JSON). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses a task object.
   * The model keeps parts of {@code json} without copying them: do not change the tree
   * afterwards (pass {@code json.deepCopy()} if you must).
   *
   * @throws IllegalArgumentException if it is not an object, lacks {@code task_id} or
   *     {@code status}, or a key has a value of the wrong type
   */
  public static Task fromJson(JsonNode json) {
    return JsonSupport.convert(json, Task.class);
  }

  /** The 24-hex-digit task id. */
  public String taskId() {
    return values.taskId;
  }

  /**
   * The task type.
   *
   * @throws IllegalStateException on a document without {@code type} (limited listing)
   */
  public TaskType type() {
    if (values.type == null) {
      throw absent("type");
    }
    return values.type;
  }

  /** The {@code status} value. */
  public TaskStatus status() {
    return values.status;
  }

  /**
   * When the task was created.
   *
   * @throws IllegalStateException on a document without {@code created_at} (limited listing)
   */
  public Instant createdAt() {
    if (values.createdAt == null) {
      throw absent("created_at");
    }
    return values.createdAt;
  }

  /** When a stored field last changed. */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(values.updatedAt);
  }

  /** Set once the task completed. */
  public Optional<Instant> completedAt() {
    return Optional.ofNullable(values.completedAt);
  }

  /** The Markdown instruction, when one was given. */
  public Optional<String> instruction() {
    return Optional.ofNullable(values.instruction);
  }

  /** Every create parameter that is not a top-level field ({@code attachment}, ...). */
  public JsonObject params() {
    return values.params;
  }

  /** {@code params.attachment}, the most used parameter. */
  public Optional<String> attachment() {
    return values.params.getString("attachment");
  }

  /** The {@code callback_url} value, when present. */
  public Optional<String> callbackUrl() {
    return Optional.ofNullable(values.callbackUrl);
  }

  /** Whether the last callback delivery succeeded; empty until one concluded. */
  public Optional<Boolean> callbackCompleted() {
    return Optional.ofNullable(values.callbackCompleted);
  }

  /** The result, once completed (or {@code {"error": ...}} for an error task). */
  public Optional<JsonObject> response() {
    return Optional.ofNullable(values.response);
  }

  /** Your key/value data ({@code {}} when none). */
  public JsonObject metadata() {
    return values.metadata;
  }

  /** Audit records, newest first. */
  public List<Audit> audits() {
    return values.audits;
  }

  /** The tags; empty until tags were set (an empty list when they were set to none). */
  public Optional<List<String>> tags() {
    return Optional.ofNullable(values.tags);
  }

  /** The {@code unique_id} value, when present. */
  public Optional<String> uniqueId() {
    return Optional.ofNullable(values.uniqueId);
  }

  /** Whether the unique_id is released when the task enters {@code error}. */
  public boolean clearUniqueIdOnError() {
    return values.clearUniqueIdOnError;
  }

  /** The {@code customer_review_status} value, when present. */
  public Optional<ReviewStatus> customerReviewStatus() {
    return Optional.ofNullable(values.customerReviewStatus);
  }

  /** Present after the first redo. */
  public Optional<Integer> timesRedone() {
    return Optional.ofNullable(values.timesRedone);
  }

  /** The {@code project} value, when present. */
  public Optional<String> project() {
    return Optional.ofNullable(values.project);
  }

  /** The {@code batch} value, when present. */
  public Optional<String> batch() {
    return Optional.ofNullable(values.batch);
  }

  /** The project's parameter version at creation; empty when none. */
  public Optional<Integer> projectParamVersion() {
    return Optional.ofNullable(values.projectParamVersion);
  }

  private IllegalStateException absent(String key) {
    return new IllegalStateException("Task " + values.taskId + " has no \"" + key
        + "\" (tasks listed with limitedResponse(true) carry only id, status, metadata and"
        + " project)");
  }

  @Override
  List<Object> modelled() {
    Builder v = values;
    return Arrays.asList(v.taskId, v.type, v.status, v.createdAt, v.updatedAt, v.completedAt,
        v.instruction, v.params, v.callbackUrl, v.callbackCompleted, v.response, v.metadata,
        v.audits, v.tags, v.uniqueId, v.clearUniqueIdOnError, v.customerReviewStatus,
        v.timesRedone, v.project, v.batch, v.projectParamVersion);
  }

  /** Builds a {@link Task}; {@code taskId} and {@code status} are required. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class Builder extends WireModel.Builder<Builder> {
    @JsonProperty("task_id")
    private String taskId;
    @JsonProperty("type")
    private TaskType type;
    @JsonProperty("status")
    private TaskStatus status;
    @JsonProperty("created_at")
    @MillisTimestamp
    private Instant createdAt;
    @JsonProperty("updated_at")
    @MillisTimestamp
    private Instant updatedAt;
    @JsonProperty("completed_at")
    @MillisTimestamp
    private Instant completedAt;
    @JsonProperty("instruction")
    private String instruction;
    @JsonProperty("params")
    @JsonSetter(nulls = Nulls.SKIP)
    private JsonObject params = JsonObject.empty();
    @JsonProperty("callback_url")
    private String callbackUrl;
    @JsonProperty("callback_completed")
    private Boolean callbackCompleted;
    @JsonProperty("response")
    private JsonObject response;
    @JsonProperty("metadata")
    @JsonSetter(nulls = Nulls.SKIP)
    private JsonObject metadata = JsonObject.empty();
    @JsonProperty("audits")
    @JsonSetter(nulls = Nulls.SKIP)
    private List<Audit> audits = List.of();
    @JsonProperty("tags")
    private List<String> tags;
    @JsonProperty("unique_id")
    private String uniqueId;
    @JsonProperty("clear_unique_id_on_error")
    @JsonInclude(JsonInclude.Include.NON_DEFAULT)
    private boolean clearUniqueIdOnError;
    @JsonProperty("customer_review_status")
    private ReviewStatus customerReviewStatus;
    @JsonProperty("times_redone")
    private Integer timesRedone;
    @JsonProperty("project")
    private String project;
    @JsonProperty("batch")
    private String batch;
    @JsonProperty("project_param_version")
    private Integer projectParamVersion;

    private Builder() {}

    /** Sets {@code task_id}; see {@link Task#taskId()}. */
    public Builder taskId(String v) {
      taskId = v;
      return this;
    }

    /** Sets {@code type}; see {@link Task#type()}. */
    public Builder type(TaskType v) {
      type = v;
      return this;
    }

    /** Sets {@code status}; see {@link Task#status()}. */
    public Builder status(TaskStatus v) {
      status = v;
      return this;
    }

    /** Sets {@code created_at}; see {@link Task#createdAt()}. */
    public Builder createdAt(Instant v) {
      createdAt = v;
      return this;
    }

    /** Sets {@code updated_at}; see {@link Task#updatedAt()}. */
    public Builder updatedAt(Instant v) {
      updatedAt = v;
      return this;
    }

    /** Sets {@code completed_at}; see {@link Task#completedAt()}. */
    public Builder completedAt(Instant v) {
      completedAt = v;
      return this;
    }

    /** Sets {@code instruction}; see {@link Task#instruction()}. */
    public Builder instruction(String v) {
      instruction = v;
      return this;
    }

    /** Sets {@code params}; see {@link Task#params()}. */
    public Builder params(JsonObject v) {
      params = Objects.requireNonNull(v);
      return this;
    }

    /** Sets {@code callback_url}; see {@link Task#callbackUrl()}. */
    public Builder callbackUrl(String v) {
      callbackUrl = v;
      return this;
    }

    /** Sets {@code callback_completed}; see {@link Task#callbackCompleted()}. */
    public Builder callbackCompleted(Boolean v) {
      callbackCompleted = v;
      return this;
    }

    /** Sets {@code response}; see {@link Task#response()}. */
    public Builder response(JsonObject v) {
      response = v;
      return this;
    }

    /** Sets {@code metadata}; see {@link Task#metadata()}. */
    public Builder metadata(JsonObject v) {
      metadata = Objects.requireNonNull(v);
      return this;
    }

    /** Sets {@code audits}; see {@link Task#audits()}. */
    public Builder audits(List<Audit> v) {
      audits = List.copyOf(v);
      return this;
    }

    /** The tags; {@code null} for "never set" (the key is absent). */
    public Builder tags(List<String> v) {
      tags = v == null ? null : List.copyOf(v);
      return this;
    }

    /** Sets {@code unique_id}; see {@link Task#uniqueId()}. */
    public Builder uniqueId(String v) {
      uniqueId = v;
      return this;
    }

    /** Sets {@code clear_unique_id_on_error}; see {@link Task#clearUniqueIdOnError()}. */
    public Builder clearUniqueIdOnError(boolean v) {
      clearUniqueIdOnError = v;
      return this;
    }

    /** Sets {@code customer_review_status}; see {@link Task#customerReviewStatus()}. */
    public Builder customerReviewStatus(ReviewStatus v) {
      customerReviewStatus = v;
      return this;
    }

    /** Sets {@code times_redone}; see {@link Task#timesRedone()}. */
    public Builder timesRedone(Integer v) {
      timesRedone = v;
      return this;
    }

    /** Sets {@code project}; see {@link Task#project()}. */
    public Builder project(String v) {
      project = v;
      return this;
    }

    /** Sets {@code batch}; see {@link Task#batch()}. */
    public Builder batch(String v) {
      batch = v;
      return this;
    }

    /** Sets {@code project_param_version}; see {@link Task#projectParamVersion()}. */
    public Builder projectParamVersion(Integer v) {
      projectParamVersion = v;
      return this;
    }

    /**
     * @throws IllegalArgumentException if {@code taskId} or {@code status} is missing
     */
    public Task build() {
      return new Task(this);
    }
  }
}
