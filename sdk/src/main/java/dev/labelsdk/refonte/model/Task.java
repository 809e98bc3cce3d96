package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
public final class Task {

  private static final Set<String> KNOWN = Set.of("task_id", "type", "status", "created_at",
      "updated_at", "completed_at", "instruction", "params", "callback_url", "callback_completed",
      "response", "metadata", "audits", "tags", "unique_id", "clear_unique_id_on_error",
      "customer_review_status", "times_redone", "project", "batch", "project_param_version");

  private final String taskId;
  private final TaskType type;
  private final TaskStatus status;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final Instant completedAt;
  private final String instruction;
  private final JsonObject params;
  private final String callbackUrl;
  private final Boolean callbackCompleted;
  private final JsonObject response;
  private final JsonObject metadata;
  private final List<Audit> audits;
  private final List<String> tags;
  private final String uniqueId;
  private final boolean clearUniqueIdOnError;
  private final ReviewStatus customerReviewStatus;
  private final Integer timesRedone;
  private final String project;
  private final String batch;
  private final Integer projectParamVersion;
  private final Map<String, JsonNode> additionalProperties;

  private Task(Builder b) {
    if (b.taskId == null || b.taskId.isEmpty()) {
      throw new IllegalArgumentException("task: \"task_id\" is missing");
    }
    this.taskId = b.taskId;
    if (b.status == null) {
      throw new IllegalArgumentException("task " + b.taskId + ": \"status\" is missing");
    }
    this.status = b.status;
    this.type = b.type;
    this.createdAt = b.createdAt;
    this.updatedAt = b.updatedAt;
    this.completedAt = b.completedAt;
    this.instruction = b.instruction;
    this.params = b.params;
    this.callbackUrl = b.callbackUrl;
    this.callbackCompleted = b.callbackCompleted;
    this.response = b.response;
    this.metadata = b.metadata;
    this.audits = List.copyOf(b.audits);
    this.tags = b.tags == null ? null : List.copyOf(b.tags);
    this.uniqueId = b.uniqueId;
    this.clearUniqueIdOnError = b.clearUniqueIdOnError;
    this.customerReviewStatus = b.customerReviewStatus;
    this.timesRedone = b.timesRedone;
    this.project = b.project;
    this.batch = b.batch;
    this.projectParamVersion = b.projectParamVersion;
    this.additionalProperties = Fields.copyExtras(b.additionalProperties);
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
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Task fromJson(JsonNode json) {
    Fields f = Fields.of(json, "task");
    Builder b = builder();
    // One pass over the keys: a page holds a hundred tasks, and lookups key by key dominated.
    for (Map.Entry<String, JsonNode> e : f.entries()) {
      String k = e.getKey();
      JsonNode v = e.getValue();
      if (v.isNull() && KNOWN.contains(k)) {
        continue; // null means "not set" for modelled keys
      }
      switch (k) {
        case "task_id" -> b.taskId = f.string(k, v);
        case "status" -> {
          String status = f.string(k, v);
          b.status = status.isEmpty() ? null : TaskStatus.of(status); // empty is missing
        }
        case "type" -> b.type = TaskType.of(f.string(k, v));
        case "created_at" -> b.createdAt = f.instant(k, v);
        case "updated_at" -> b.updatedAt = f.instant(k, v);
        case "completed_at" -> b.completedAt = f.instant(k, v);
        case "instruction" -> b.instruction = f.string(k, v);
        case "params" -> b.params = f.object(k, v);
        case "callback_url" -> b.callbackUrl = f.string(k, v);
        case "callback_completed" -> b.callbackCompleted = f.bool(k, v);
        case "response" -> b.response = f.object(k, v);
        case "metadata" -> b.metadata = f.object(k, v);
        case "audits" -> b.audits = f.list(k, v, Audit::fromJson);
        case "tags" -> b.tags = f.stringList(k, v);
        case "unique_id" -> b.uniqueId = f.string(k, v);
        case "clear_unique_id_on_error" -> b.clearUniqueIdOnError = f.bool(k, v);
        case "customer_review_status" -> b.customerReviewStatus = ReviewStatus.of(f.string(k, v));
        case "times_redone" -> b.timesRedone = f.integer(k, v);
        case "project" -> b.project = f.string(k, v);
        case "batch" -> b.batch = f.string(k, v);
        case "project_param_version" -> b.projectParamVersion = f.integer(k, v);
        default -> b.additionalProperties.put(k, v);
      }
    }
    return b.build();
  }

  /** The 24-hex-digit task id. */
  public String taskId() {
    return taskId;
  }

  /**
   * The task type.
   *
   * @throws IllegalStateException on a document without {@code type} (limited listing)
   */
  public TaskType type() {
    if (type == null) {
      throw absent("type");
    }
    return type;
  }

  /** The {@code status} value. */
  public TaskStatus status() {
    return status;
  }

  /**
   * When the task was created.
   *
   * @throws IllegalStateException on a document without {@code created_at} (limited listing)
   */
  public Instant createdAt() {
    if (createdAt == null) {
      throw absent("created_at");
    }
    return createdAt;
  }

  /** When a stored field last changed. */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  /** Set once the task completed. */
  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /** The Markdown instruction, when one was given. */
  public Optional<String> instruction() {
    return Optional.ofNullable(instruction);
  }

  /** Every create parameter that is not a top-level field ({@code attachment}, ...). */
  public JsonObject params() {
    return params;
  }

  /** {@code params.attachment}, the most used parameter. */
  public Optional<String> attachment() {
    return params.getString("attachment");
  }

  /** The {@code callback_url} value, when present. */
  public Optional<String> callbackUrl() {
    return Optional.ofNullable(callbackUrl);
  }

  /** Whether the last callback delivery succeeded; empty until one concluded. */
  public Optional<Boolean> callbackCompleted() {
    return Optional.ofNullable(callbackCompleted);
  }

  /** The result, once completed (or {@code {"error": ...}} for an error task). */
  public Optional<JsonObject> response() {
    return Optional.ofNullable(response);
  }

  /** Your key/value data ({@code {}} when none). */
  public JsonObject metadata() {
    return metadata;
  }

  /** Audit records, newest first. */
  public List<Audit> audits() {
    return audits;
  }

  /** The tags; empty until tags were set (an empty list when they were set to none). */
  public Optional<List<String>> tags() {
    return Optional.ofNullable(tags);
  }

  /** The {@code unique_id} value, when present. */
  public Optional<String> uniqueId() {
    return Optional.ofNullable(uniqueId);
  }

  /** Whether the unique_id is released when the task enters {@code error}. */
  public boolean clearUniqueIdOnError() {
    return clearUniqueIdOnError;
  }

  /** The {@code customer_review_status} value, when present. */
  public Optional<ReviewStatus> customerReviewStatus() {
    return Optional.ofNullable(customerReviewStatus);
  }

  /** Present after the first redo. */
  public Optional<Integer> timesRedone() {
    return Optional.ofNullable(timesRedone);
  }

  /** The {@code project} value, when present. */
  public Optional<String> project() {
    return Optional.ofNullable(project);
  }

  /** The {@code batch} value, when present. */
  public Optional<String> batch() {
    return Optional.ofNullable(batch);
  }

  /** The project's parameter version at creation; empty when none. */
  public Optional<Integer> projectParamVersion() {
    return Optional.ofNullable(projectParamVersion);
  }

  /** Keys this SDK does not model, as sent (copies). */
  public Map<String, JsonNode> additionalProperties() {
    return Fields.copyExtras(additionalProperties);
  }

  /** The task as JSON: modelled keys that are set, then the additional ones. */
  @JsonValue
  public ObjectNode toJson() {
    ObjectNode out = JsonSupport.newObject();
    out.put("task_id", taskId);
    if (type != null) {
      out.put("type", type.value());
    }
    out.put("status", status.value());
    putTime(out, "created_at", createdAt);
    putTime(out, "updated_at", updatedAt);
    putTime(out, "completed_at", completedAt);
    if (instruction != null) {
      out.put("instruction", instruction);
    }
    out.set("params", params.toNode());
    if (callbackUrl != null) {
      out.put("callback_url", callbackUrl);
    }
    if (callbackCompleted != null) {
      out.put("callback_completed", callbackCompleted);
    }
    if (response != null) {
      out.set("response", response.toNode());
    }
    out.set("metadata", metadata.toNode());
    ArrayNode auditArray = out.putArray("audits");
    audits.forEach(a -> auditArray.add(a.toJson()));
    if (tags != null) {
      ArrayNode tagArray = out.putArray("tags");
      tags.forEach(tagArray::add);
    }
    if (uniqueId != null) {
      out.put("unique_id", uniqueId);
    }
    if (clearUniqueIdOnError) {
      out.put("clear_unique_id_on_error", true);
    }
    if (customerReviewStatus != null) {
      out.put("customer_review_status", customerReviewStatus.value());
    }
    if (timesRedone != null) {
      out.put("times_redone", timesRedone);
    }
    if (project != null) {
      out.put("project", project);
    }
    if (batch != null) {
      out.put("batch", batch);
    }
    if (projectParamVersion != null) {
      out.put("project_param_version", projectParamVersion);
    }
    Fields.putExtras(out, additionalProperties);
    return out;
  }

  private static void putTime(ObjectNode out, String key, Instant value) {
    if (value != null) {
      out.put(key, Fields.format(value));
    }
  }

  private IllegalStateException absent(String key) {
    return new IllegalStateException("Task " + taskId + " has no \"" + key
        + "\" (tasks listed with limitedResponse(true) carry only id, status, metadata and"
        + " project)");
  }

  /** A builder initialised with this object's values. */
  public Builder toBuilder() {
    Builder b = builder();
    b.taskId = taskId;
    b.type = type;
    b.status = status;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.completedAt = completedAt;
    b.instruction = instruction;
    b.params = params;
    b.callbackUrl = callbackUrl;
    b.callbackCompleted = callbackCompleted;
    b.response = response;
    b.metadata = metadata;
    b.audits = audits;
    b.tags = tags;
    b.uniqueId = uniqueId;
    b.clearUniqueIdOnError = clearUniqueIdOnError;
    b.customerReviewStatus = customerReviewStatus;
    b.timesRedone = timesRedone;
    b.project = project;
    b.batch = batch;
    b.projectParamVersion = projectParamVersion;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Task other && toJson().equals(other.toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return "Task" + toJson();
  }

  /** Builds a {@link Task}; {@code taskId} and {@code status} are required. */
  public static final class Builder {
    private String taskId;
    private TaskType type;
    private TaskStatus status;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant completedAt;
    private String instruction;
    private JsonObject params = JsonObject.empty();
    private String callbackUrl;
    private Boolean callbackCompleted;
    private JsonObject response;
    private JsonObject metadata = JsonObject.empty();
    private List<Audit> audits = List.of();
    private List<String> tags;
    private String uniqueId;
    private boolean clearUniqueIdOnError;
    private ReviewStatus customerReviewStatus;
    private Integer timesRedone;
    private String project;
    private String batch;
    private Integer projectParamVersion;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

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

    /** A key this SDK does not model. */
    public Builder additionalProperty(String key, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(key), value);
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
