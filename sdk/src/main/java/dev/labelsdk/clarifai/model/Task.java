package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonIncludeProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.Extras;
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
 *
 * @param id the task id ({@code ""} on a new task: the server generates one)
 * @param createdAt when the task was created
 * @param modifiedAt when the task last changed
 * @param type the kind of labeling
 * @param description the description ({@code ""} when none)
 * @param worker who labels, and how inputs are shared among them
 * @param concepts the concepts to label
 * @param inputSource where the inputs come from
 * @param sampleMs for video inputs: one frame every this many milliseconds (0 when not set)
 * @param review how work is reviewed
 * @param status the task's state: {@link StatusCode#TASK_IN_PROGRESS}, {@link
 *     StatusCode#TASK_DONE} or {@link StatusCode#TASK_WONT_DO}. Empty on a new task
 * @param name the name ({@code ""} when none)
 * @param appId the app the task belongs to (set by the server)
 * @param userId the app's owner (set by the server)
 * @param labelOrderId the label order the task belongs to ({@code ""} for none)
 * @param deletePreviousAnnotations whether auto-annotation replaces earlier annotations
 * @param metrics progress, when requested with {@link AdditionalField#METRICS}
 * @param priority the priority ({@code TASK_PRIORITY_NOT_SET} unless set)
 * @param metadata your key/value data ({@code {}} when none)
 * @param additionalProperties keys this SDK does not model ({@code ai_assistant}, {@code
 *     visibility}, ...) (copies)
 */
@ProtoMessage
@JsonDeserialize(builder = Task.Reader.class)
public record Task(
    @JsonProperty("id") String id,
    @JsonProperty("created_at") Optional<Instant> createdAt,
    @JsonProperty("modified_at") Optional<Instant> modifiedAt,
    @JsonProperty("type") TaskType type,
    @JsonProperty("description") String description,
    @JsonProperty("worker") TaskWorker worker,
    @JsonProperty("concepts") List<TaskConcept> concepts,
    @JsonProperty("input_source") InputSource inputSource,
    @JsonProperty("sample_ms") @JsonInclude(JsonInclude.Include.NON_DEFAULT) int sampleMs,
    @JsonProperty("review") TaskReview review,
    @JsonProperty("status") @JsonIncludeProperties("code") Optional<Status> status,
    @JsonProperty("name") String name,
    @JsonProperty("app_id") String appId,
    @JsonProperty("user_id") String userId,
    @JsonProperty("label_order_id") String labelOrderId,
    @JsonProperty("delete_previous_annotations") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
        boolean deletePreviousAnnotations,
    @JsonProperty("metrics") Optional<TaskMetrics> metrics,
    @JsonProperty("priority") TaskPriority priority,
    @JsonProperty("metadata") JsonObject metadata,
    Map<String, JsonNode> additionalProperties) {

  /** Null components become their defaults (those of {@link #builder()}); lists are copied. */
  public Task {
    id = Objects.requireNonNullElse(id, "");
    createdAt = Objects.requireNonNullElse(createdAt, Optional.empty());
    modifiedAt = Objects.requireNonNullElse(modifiedAt, Optional.empty());
    type = Objects.requireNonNullElse(type, TaskType.TYPE_NOT_SET);
    description = Objects.requireNonNullElse(description, "");
    worker = Objects.requireNonNullElseGet(worker, TaskWorker::full);
    concepts = concepts == null ? List.of() : List.copyOf(concepts);
    inputSource = Objects.requireNonNullElse(inputSource, NO_SOURCE);
    review = Objects.requireNonNullElseGet(review, TaskReview::none);
    status = Objects.requireNonNullElse(status, Optional.empty());
    name = Objects.requireNonNullElse(name, "");
    appId = Objects.requireNonNullElse(appId, "");
    userId = Objects.requireNonNullElse(userId, "");
    labelOrderId = Objects.requireNonNullElse(labelOrderId, "");
    metrics = Objects.requireNonNullElse(metrics, Optional.empty());
    priority = Objects.requireNonNullElse(priority, TaskPriority.TASK_PRIORITY_NOT_SET);
    metadata = Objects.requireNonNullElse(metadata, JsonObject.empty());
    additionalProperties = Extras.adopt(additionalProperties);
  }

  private static final InputSource NO_SOURCE =
      InputSource.of(InputSourceType.INPUT_SOURCE_TYPE_NOT_SET, "");

  /**
   * Reads a task in one pass (spec §4: absent and {@code null} mean the proto default). The
   * concepts are {@code concepts} when non-empty, else the older {@code concept_ids}. A Jackson
   * builder rather than a creator: a property-based creator buffers every value and looks each
   * key up twice, which cost a third of decoding a page of tasks.
   */
  @JsonPOJOBuilder(buildMethodName = "task")
  static final class Reader {
    @JsonProperty("id") private String id;
    @JsonProperty("created_at") private Instant createdAt;
    @JsonProperty("modified_at") private Instant modifiedAt;
    @JsonProperty("type") private TaskType type;
    @JsonProperty("description") private String description;
    @JsonProperty("worker") private TaskWorker worker;
    @JsonProperty("concept_ids") private List<String> conceptIds;
    @JsonProperty("concepts") private List<TaskConcept> concepts;
    @JsonProperty("input_source") private InputSource inputSource;
    @JsonProperty("sample_ms") private int sampleMs;
    @JsonProperty("review") private TaskReview review;
    @JsonProperty("status") private Status status;
    @JsonProperty("name") private String name;
    @JsonProperty("app_id") private String appId;
    @JsonProperty("user_id") private String userId;
    @JsonProperty("label_order_id") private String labelOrderId;
    @JsonProperty("delete_previous_annotations") private boolean deletePreviousAnnotations;
    @JsonProperty("metrics") private TaskMetrics metrics;
    @JsonProperty("priority") private TaskPriority priority;
    @JsonProperty("metadata") private JsonObject metadata;
    @JsonAnySetter private Map<String, JsonNode> additionalProperties;

    Task task() {
      List<TaskConcept> all = concepts;
      if ((all == null || all.isEmpty()) && conceptIds != null) {
        all = conceptIds.stream().map(TaskConcept::of).toList();
      }
      return new Task(id, Optional.ofNullable(createdAt), Optional.ofNullable(modifiedAt), type,
          description, worker, all, inputSource, sampleMs, review, Optional.ofNullable(status),
          name, appId, userId, labelOrderId, deletePreviousAnnotations,
          Optional.ofNullable(metrics), priority, metadata, additionalProperties);
    }
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
   * Parses a task (see {@link Reader}).
   *
   * @throws IllegalArgumentException if it is not an object or a value has the wrong type
   */
  public static Task fromJson(JsonNode json) {
    return JsonSupport.convert(json, Task.class);
  }

  /** The ids of the concepts to label, in order (sent too: older servers read only these). */
  @JsonProperty("concept_ids")
  public List<String> conceptIds() {
    return concepts.stream().map(TaskConcept::id).toList();
  }

  /** Keys this SDK does not model ({@code ai_assistant}, {@code visibility}, ...) (copies). */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
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
    b.createdAt = createdAt.orElse(null);
    b.modifiedAt = modifiedAt.orElse(null);
    b.type = type;
    b.description = description;
    b.worker = worker;
    concepts.forEach(c -> b.concepts.put(c.id(), c));
    b.inputSource = inputSource;
    b.sampleMs = sampleMs;
    b.review = review;
    b.status = status.orElse(null);
    b.name = name;
    b.appId = appId;
    b.userId = userId;
    b.labelOrderId = labelOrderId;
    b.deletePreviousAnnotations = deletePreviousAnnotations;
    b.metrics = metrics.orElse(null);
    b.priority = priority;
    b.metadata = metadata;
    b.additionalProperties = additionalProperties;
    return b;
  }

  /** The task as JSON, workers named by {@code user_ids}. */
  public ObjectNode toJson() {
    return JsonSupport.toJson(this);
  }

  /**
   * The task as JSON: snake_case, enums by name, proto defaults left out, workers and
   * reviewers named in {@code form}; concepts both as {@code concept_ids} (every server
   * version) and {@code concepts} (the current form, which wins where both are known).
   */
  public ObjectNode toJson(UserListForm form) {
    return form.apply(toJson());
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
      this.additionalProperties = Extras.with(additionalProperties, key, value);
      return this;
    }

    /** The immutable task. Soundness is checked when it is sent (see {@link Task#problems()}). */
    public Task build() {
      return new Task(id, Optional.ofNullable(createdAt), Optional.ofNullable(modifiedAt), type,
          description, worker, List.copyOf(concepts.values()), inputSource, sampleMs, review,
          Optional.ofNullable(status), name, appId, userId, labelOrderId,
          deletePreviousAnnotations, Optional.ofNullable(metrics), priority, metadata,
          additionalProperties);
    }
  }
}
