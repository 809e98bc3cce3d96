package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit of task work (spec §3.5, §8): an input given to one worker, with its state
 * ({@link StatusCode#TASK_ASSIGNMENT_PENDING}, {@code _AWAITING_REVIEW},
 * {@code _AWAITING_CONSENSUS_REVIEW}, {@code _SUCCESS} or {@code _REJECTED}). Immutable.
 */
@ProtoMessage
public final class TaskAssignment {


  private final String id;
  private final Instant createdAt;
  private final Instant modifiedAt;
  private final String workerId;
  private final Input input;
  private final Status status;
  private final Map<String, JsonNode> additionalProperties;

  private TaskAssignment(String id, Instant createdAt, Instant modifiedAt, String workerId,
      Input input, Status status, Map<String, JsonNode> additionalProperties) {
    this.id = id;
    this.createdAt = createdAt;
    this.modifiedAt = modifiedAt;
    this.workerId = workerId;
    this.input = input;
    this.status = status;
    this.additionalProperties = additionalProperties;
  }

  /** Reads an assignment; {@code id} and {@code status} are required. */
  @JsonCreator
  static TaskAssignment read(@JsonProperty("id") String id,
      @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("modified_at") Instant modifiedAt,
      @JsonProperty("worker") TaskWorker.UserRef worker, @JsonProperty("input") Input input,
      @JsonProperty("status") Status status,
      @JsonAnySetter Map<String, JsonNode> additionalProperties) {
    if (id == null || id.isEmpty() || status == null) {
      throw new IllegalArgumentException("task assignment: \"id\" and \"status\" are required");
    }
    return new TaskAssignment(id, createdAt, modifiedAt, TaskWorker.UserRef.userId(worker),
        input == null ? Input.builder().build() : input, status,
        Extras.adopt(additionalProperties));
  }

  /** Parses an assignment. */
  public static TaskAssignment fromJson(JsonNode json) {
    return JsonSupport.convert(json, TaskAssignment.class);
  }


  /** The assignment id (what submit and review actions take). */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  /** When the assignment was made. */
  @JsonProperty("created_at")
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** When its state last changed. */
  @JsonProperty("modified_at")
  public Optional<Instant> modifiedAt() {
    return Optional.ofNullable(modifiedAt);
  }

  /** The worker's user id. */
  public String workerId() {
    return workerId;
  }

  /** The input to label (as stored: media and metadata). */
  @JsonProperty("input")
  public Input input() {
    return input;
  }

  /** The input's id. */
  public String inputId() {
    return input.id();
  }

  /** The state (542xx). */
  @JsonProperty("status")
  public Status status() {
    return status;
  }

  /** The state's code, e.g. {@link StatusCode#TASK_ASSIGNMENT_AWAITING_REVIEW}. */
  public StatusCode statusCode() {
    return status.code();
  }

  /** Keys this SDK does not model, as sent (copies). */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
  }

  /** The assignment as JSON. */
  public ObjectNode toJson() {
    return JsonSupport.toJson(this);
  }

  @JsonProperty("worker")
  private Map<String, Map<String, String>> worker() {
    return Map.of("user", Map.of("id", workerId));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaskAssignment other && id.equals(other.id)
        && Objects.equals(createdAt, other.createdAt)
        && Objects.equals(modifiedAt, other.modifiedAt) && workerId.equals(other.workerId)
        && input.equals(other.input) && status.equals(other.status)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "TaskAssignment{id=" + id + ", worker=" + workerId + ", input=" + input.id()
        + ", status=" + status.code() + '}';
  }
}
