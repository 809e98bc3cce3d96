package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A labeling task (spec §3.1, §7): which inputs, which concepts, who labels them and how the
 * work is reviewed. Immutable; build one with {@link #builder()}:
 *
 * <pre>{@code
 * Task task = Task.builder()
 *     .name("Annotate water")
 *     .concepts("water")
 *     .inputSource(InputSource.dataset("lakes"))
 *     .worker(TaskWorker.partitioned().weight("u1", 90).weight("u2", 10))
 *     .review(TaskReview.consensus(2).reviewers("u3"))
 *     .build();
 * }</pre>
 *
 * <p>Tasks read from the server keep every field, including ones this SDK does not model, so
 * that {@code tasks().update(task.toBuilder().name("...").build())}, which replaces the whole
 * task, loses nothing.
 */
public final class Task {

  private static final Set<String> KNOWN = Set.of("id", "created_at", "modified_at", "type",
      "description", "worker", "concept_ids", "input_source", "sample_ms", "review", "status",
      "name", "app_id", "user_id", "label_order_id", "concepts", "delete_previous_annotations",
      "metrics", "priority", "metadata");

  private final String id;
  private final Instant createdAt;
  private final Instant modifiedAt;
  private final TaskType type;
  private final String description;
  private final TaskWorker worker;
  private final List<TaskConcept> concepts;
  private final InputSource inputSource;
  private final int sampleMs;
  private final TaskReview review;
  private final Status status;
  private final String name;
  private final String appId;
  private final String userId;
  private final String labelOrderId;
  private final boolean deletePreviousAnnotations;
  private final TaskMetrics metrics;
  private final TaskPriority priority;
  private final JsonObject metadata;
  private final Map<String, JsonNode> additionalProperties;

  private Task(Builder b) {
    this.id = b.id;
    this.createdAt = b.createdAt;
    this.modifiedAt = b.modifiedAt;
    this.type = b.type;
    this.description = b.description;
    this.worker = b.worker;
    this.concepts = List.copyOf(b.concepts.values());
    this.inputSource = b.inputSource;
    this.sampleMs = b.sampleMs;
    this.review = b.review;
    this.status = b.status;
    this.name = b.name;
    this.appId = b.appId;
    this.userId = b.userId;
    this.labelOrderId = b.labelOrderId;
    this.deletePreviousAnnotations = b.deletePreviousAnnotations;
    this.metrics = b.metrics;
    this.priority = b.priority;
    this.metadata = b.metadata;
    this.additionalProperties = b.additionalProperties;
  }

  /**
   * A builder with the defaults of a new task: {@link TaskType#CONCEPTS_CLASSIFICATION},
   * {@link TaskWorker#full(String...)} (unassigned), {@link InputSource#allInputs()} and
   * {@link TaskReview#none()}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses a task. The concepts are {@code concepts} when non-empty, else the older
   * {@code concept_ids}.
   *
   * @throws IllegalArgumentException if it is not an object or a value has the wrong type
   */
  public static Task fromJson(JsonNode json) {
    Wire w = Wire.of(json, "task");
    Builder b = new Builder();
    b.id = w.string("id");
    b.createdAt = w.instant("created_at");
    b.modifiedAt = w.instant("modified_at");
    b.type = w.enumValue("type", TaskType.VALUES);
    b.description = w.string("description");
    ObjectNode worker = w.object("worker");
    b.worker = worker == null ? TaskWorker.full() : TaskWorker.fromJson(worker);
    List<TaskConcept> concepts = w.list("concepts", TaskConcept::fromJson);
    if (concepts.isEmpty()) {
      w.strings("concept_ids").forEach(c -> b.concepts.put(c, TaskConcept.of(c)));
    } else {
      concepts.forEach(c -> b.concepts.put(c.id(), c));
    }
    ObjectNode source = w.object("input_source");
    b.inputSource = source == null ? InputSource.of(InputSourceType.INPUT_SOURCE_TYPE_NOT_SET, "")
        : InputSource.fromJson(source);
    b.sampleMs = w.int32("sample_ms");
    ObjectNode review = w.object("review");
    b.review = review == null ? TaskReview.none() : TaskReview.fromJson(review);
    ObjectNode status = w.object("status");
    b.status = status == null ? null : Status.fromJson(status);
    b.name = w.string("name");
    b.appId = w.string("app_id");
    b.userId = w.string("user_id");
    b.labelOrderId = w.string("label_order_id");
    b.deletePreviousAnnotations = w.bool("delete_previous_annotations");
    ObjectNode metrics = w.object("metrics");
    b.metrics = metrics == null ? null : TaskMetrics.fromJson(metrics);
    b.priority = w.enumValue("priority", TaskPriority.VALUES);
    b.metadata = w.struct("metadata");
    b.additionalProperties = w.extras(KNOWN); // fresh parse: adopted, not copied
    return b.build();
  }

  /** The task id ({@code ""} on a new task: the server generates one). */
  public String id() {
    return id;
  }

  /** When the task was created. */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** When the task last changed. */
  public Optional<Instant> modifiedAt() {
    return Optional.ofNullable(modifiedAt);
  }

  /** The kind of labeling. */
  public TaskType type() {
    return type;
  }

  /** The description ({@code ""} when none). */
  public String description() {
    return description;
  }

  /** Who labels, and how inputs are shared among them. */
  public TaskWorker worker() {
    return worker;
  }

  /** The concepts to label. */
  public List<TaskConcept> concepts() {
    return concepts;
  }

  /** The ids of the concepts to label, in order. */
  public List<String> conceptIds() {
    return concepts.stream().map(TaskConcept::id).toList();
  }

  /** Where the inputs come from. */
  public InputSource inputSource() {
    return inputSource;
  }

  /** For video inputs: one frame every this many milliseconds (0 when not set). */
  public int sampleMs() {
    return sampleMs;
  }

  /** How work is reviewed. */
  public TaskReview review() {
    return review;
  }

  /**
   * The task's state: {@link StatusCode#TASK_IN_PROGRESS}, {@link StatusCode#TASK_DONE} or
   * {@link StatusCode#TASK_WONT_DO}. Empty on a new task.
   */
  public Optional<Status> status() {
    return Optional.ofNullable(status);
  }

  /** The name ({@code ""} when none). */
  public String name() {
    return name;
  }

  /** The app the task belongs to (set by the server). */
  public String appId() {
    return appId;
  }

  /** The app's owner (set by the server). */
  public String userId() {
    return userId;
  }

  /** The label order the task belongs to ({@code ""} for none). */
  public String labelOrderId() {
    return labelOrderId;
  }

  /** Whether auto-annotation replaces earlier annotations. */
  public boolean deletePreviousAnnotations() {
    return deletePreviousAnnotations;
  }

  /** Progress, when requested with {@link AdditionalField#METRICS}. */
  public Optional<TaskMetrics> metrics() {
    return Optional.ofNullable(metrics);
  }

  /** The priority ({@code TASK_PRIORITY_NOT_SET} unless set). */
  public TaskPriority priority() {
    return priority;
  }

  /** Your key/value data ({@code {}} when none). */
  public JsonObject metadata() {
    return metadata;
  }

  /** Keys this SDK does not model ({@code ai_assistant}, {@code visibility}, ...) (copies). */
  public Map<String, JsonNode> additionalProperties() {
    return Out.copy(additionalProperties);
  }

  /**
   * What makes this task impossible to create or update (spec §7.1), one message each: a
   * worker whose weighted share exceeds {@code 1/workersPerInput}, weights for users who are not
   * workers, more workers per input than workers, a sample percentage outside 0..1, a
   * consensus threshold above the labelers per input with no reviewers, a dataset or
   * saved-search source without an id. Empty when the task is sound. The client checks
   * this before sending.
   */
  public List<String> problems() {
    List<String> out = new ArrayList<>(worker.problems());
    out.addAll(review.problems());
    consensusProblem().ifPresent(out::add);
    InputSourceType source = inputSource.type();
    if ((source.equals(InputSourceType.DATASET) || source.equals(InputSourceType.SAVED_SEARCH))
        && inputSource.id().isEmpty()) {
      out.add("a " + source + " input source needs an id");
    }
    return out;
  }

  /**
   * A consensus threshold above the labelers per input is allowed (spec §7.1: the seeds pair
   * one labeler with threshold 2, and reviewers decide), but without reviewers nobody could
   * ever approve the work, so that combination is refused.
   */
  private Optional<String> consensusProblem() {
    int labelers = worker.labelersPerInput();
    int threshold = review.approvalThreshold();
    if (!review.strategy().equals(ReviewStrategy.CONSENSUS) || labelers == 0
        || threshold <= labelers || !review.reviewerIds().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("the consensus threshold is " + threshold + " but each input has only "
        + labelers + (labelers == 1 ? " labeler" : " labelers") + ", so consensus can never be"
        + " reached, and the review has no reviewers to decide instead: lower the threshold or"
        + " add reviewers");
  }

  /** A builder with this task's values (server-set ones included: requests leave them out). */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.createdAt = createdAt;
    b.modifiedAt = modifiedAt;
    b.type = type;
    b.description = description;
    b.worker = worker;
    concepts.forEach(c -> b.concepts.put(c.id(), c));
    b.inputSource = inputSource;
    b.sampleMs = sampleMs;
    b.review = review;
    b.status = status;
    b.name = name;
    b.appId = appId;
    b.userId = userId;
    b.labelOrderId = labelOrderId;
    b.deletePreviousAnnotations = deletePreviousAnnotations;
    b.metrics = metrics;
    b.priority = priority;
    b.metadata = metadata;
    b.additionalProperties = additionalProperties;
    return b;
  }

  /** The task as JSON, workers named by {@code user_ids}. */
  public ObjectNode toJson() {
    return toJson(UserListForm.USER_IDS);
  }

  /**
   * The task as JSON: snake_case, enums by name, workers and reviewers named in
   * {@code form}; concepts both as {@code concept_ids} (every server version) and
   * {@code concepts} (the current form, which wins where both are known).
   */
  public ObjectNode toJson(UserListForm form) {
    ObjectNode o = JsonSupport.newObject();
    Out.text(o, "id", id);
    Out.time(o, "created_at", createdAt);
    Out.time(o, "modified_at", modifiedAt);
    Out.enumName(o, "type", type);
    Out.text(o, "description", description);
    o.set("worker", worker.toJson(form));
    if (!concepts.isEmpty()) {
      Out.strings(o, "concept_ids", conceptIds());
      ArrayNode array = o.putArray("concepts");
      concepts.forEach(c -> array.add(c.toJson()));
    }
    o.set("input_source", inputSource.toJson());
    Out.number(o, "sample_ms", sampleMs);
    o.set("review", review.toJson(form));
    if (status != null) {
      o.set("status", JsonSupport.newObject().set("code", status.code().toJson()));
    }
    Out.text(o, "name", name);
    Out.text(o, "app_id", appId);
    Out.text(o, "user_id", userId);
    Out.text(o, "label_order_id", labelOrderId);
    if (deletePreviousAnnotations) {
      o.put("delete_previous_annotations", true);
    }
    if (metrics != null) {
      o.set("metrics", metrics.toJson());
    }
    Out.enumName(o, "priority", priority);
    if (!metadata.isEmpty()) {
      o.set("metadata", metadata.toNode());
    }
    Out.extras(o, additionalProperties);
    return o;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Task other && toJson().equals(other.toJson());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, type);
  }

  @Override
  public String toString() {
    return "Task" + toJson();
  }

  /** Builds a {@link Task}. Not thread-safe; the task it builds is. */
  public static final class Builder {
    private String id = "";
    private Instant createdAt;
    private Instant modifiedAt;
    private TaskType type = TaskType.CONCEPTS_CLASSIFICATION;
    private String description = "";
    private TaskWorker worker = TaskWorker.full();
    private final Map<String, TaskConcept> concepts = new LinkedHashMap<>();
    private InputSource inputSource = InputSource.allInputs();
    private int sampleMs;
    private TaskReview review = TaskReview.none();
    private Status status;
    private String name = "";
    private String appId = "";
    private String userId = "";
    private String labelOrderId = "";
    private boolean deletePreviousAnnotations;
    private TaskMetrics metrics;
    private TaskPriority priority = TaskPriority.TASK_PRIORITY_NOT_SET;
    private JsonObject metadata = JsonObject.empty();
    private Map<String, JsonNode> additionalProperties = Map.of();

    private Builder() {}

    /**
     * Your id for the task (otherwise the server makes one). With an id, a create whose
     * answer was lost can be retried safely: a second task cannot be made.
     */
    public Builder id(String value) {
      this.id = value == null ? "" : value;
      return this;
    }

    /** The kind of labeling; default {@link TaskType#CONCEPTS_CLASSIFICATION}. */
    public Builder type(TaskType value) {
      this.type = Objects.requireNonNull(value, "type");
      return this;
    }

    /** The title workers see. */
    public Builder name(String value) {
      this.name = value == null ? "" : value;
      return this;
    }

    /** A description. */
    public Builder description(String value) {
      this.description = value == null ? "" : value;
      return this;
    }

    /** Who labels; default {@link TaskWorker#full(String...)} with no one assigned. */
    public Builder worker(TaskWorker value) {
      this.worker = Objects.requireNonNull(value, "worker");
      return this;
    }

    /** How work is reviewed; default {@link TaskReview#none()}. */
    public Builder review(TaskReview value) {
      this.review = Objects.requireNonNull(value, "review");
      return this;
    }

    /** Where the inputs come from; default {@link InputSource#allInputs()}. */
    public Builder inputSource(InputSource value) {
      this.inputSource = Objects.requireNonNull(value, "inputSource");
      return this;
    }

    /**
     * Adds concepts to label, by id (unknown ones are created by the server).
     *
     * @throws IllegalArgumentException if an id is blank
     */
    public Builder concepts(String... conceptIds) {
      for (String id : conceptIds) {
        concepts.put(Concept.requireId(id), TaskConcept.of(id));
      }
      return this;
    }

    /** Adds concepts to label, with their auto-annotation settings. */
    public Builder concepts(Collection<TaskConcept> values) {
      values.forEach(c -> concepts.put(c.id(), c));
      return this;
    }

    /** Removes every concept (before adding others). */
    public Builder clearConcepts() {
      concepts.clear();
      return this;
    }

    /**
     * For video inputs: label one frame every {@code millis} milliseconds.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder sampleMs(int millis) {
      if (millis < 0) {
        throw new IllegalArgumentException("sampleMs must be >= 0 but was " + millis);
      }
      this.sampleMs = millis;
      return this;
    }

    /** The priority. */
    public Builder priority(TaskPriority value) {
      this.priority = Objects.requireNonNull(value, "priority");
      return this;
    }

    /** Your key/value data. */
    public Builder metadata(Map<String, ?> values) {
      this.metadata = JsonObject.of(values);
      return this;
    }

    /** Your key/value data. */
    public Builder metadata(JsonObject values) {
      this.metadata = Objects.requireNonNull(values, "metadata");
      return this;
    }

    /**
     * The state to set with {@code tasks().update(...)}: {@link StatusCode#TASK_IN_PROGRESS},
     * {@link StatusCode#TASK_DONE} or {@link StatusCode#TASK_WONT_DO} (null keeps the current
     * one). Ignored on create.
     */
    public Builder status(StatusCode code) {
      this.status = code == null ? null : Status.of(code);
      return this;
    }

    /** The label order the task belongs to (tasks of label orders are hidden from lists). */
    public Builder labelOrderId(String value) {
      this.labelOrderId = value == null ? "" : value;
      return this;
    }

    /** Whether auto-annotation replaces earlier annotations. */
    public Builder deletePreviousAnnotations(boolean value) {
      this.deletePreviousAnnotations = value;
      return this;
    }

    /** A key this SDK does not model (sent as given). */
    public Builder additionalProperty(String key, JsonNode value) {
      this.additionalProperties = Out.with(additionalProperties, key, value);
      return this;
    }

    /** The immutable task. Soundness is checked when it is sent (see {@link Task#problems()}). */
    public Task build() {
      return new Task(this);
    }
  }
}
