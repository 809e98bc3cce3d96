package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One unit of task work (spec §3.5, §8): an input given to one worker, with its state
 * ({@link StatusCode#TASK_ASSIGNMENT_PENDING}, {@code _AWAITING_REVIEW},
 * {@code _AWAITING_CONSENSUS_REVIEW}, {@code _SUCCESS} or {@code _REJECTED}). Immutable.
 */
public final class TaskAssignment {

  private static final Set<String> KNOWN =
      Set.of("id", "created_at", "modified_at", "worker", "input", "status");

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

  /**
   * Parses a task assignment.
   *
   * @throws IllegalArgumentException if it is not an object, lacks {@code id} or
   *     {@code status}, or a value has the wrong type
   */
  public static TaskAssignment fromJson(JsonNode json) {
    Wire w = Wire.of(json, "task assignment");
    String id = w.string("id");
    ObjectNode status = w.object("status");
    if (id.isEmpty() || status == null) {
      throw new IllegalArgumentException("task assignment: \"id\" and \"status\" are required");
    }
    ObjectNode input = w.object("input");
    return new TaskAssignment(id, w.instant("created_at"), w.instant("modified_at"),
        workerUserId(w), input == null ? Input.builder().build() : Input.fromJson(input),
        Status.fromJson(status), w.extras(KNOWN));
  }

  /** {@code worker.user.id} of a message, or {@code ""}. */
  static String workerUserId(Wire w) {
    Wire worker = w.wire("worker");
    Wire user = worker == null ? null : worker.wire("user");
    return user == null ? "" : user.string("id");
  }

  /** The assignment id (what submit and review actions take). */
  public String id() {
    return id;
  }

  /** When the assignment was made. */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** When its state last changed. */
  public Optional<Instant> modifiedAt() {
    return Optional.ofNullable(modifiedAt);
  }

  /** The worker's user id. */
  public String workerId() {
    return workerId;
  }

  /** The input to label (as stored: media and metadata). */
  public Input input() {
    return input;
  }

  /** The input's id. */
  public String inputId() {
    return input.id();
  }

  /** The state (542xx). */
  public Status status() {
    return status;
  }

  /** The state's code, e.g. {@link StatusCode#TASK_ASSIGNMENT_AWAITING_REVIEW}. */
  public StatusCode statusCode() {
    return status.code();
  }

  /** Keys this SDK does not model, as sent (copies). */
  public Map<String, JsonNode> additionalProperties() {
    return Out.copy(additionalProperties);
  }

  /** The assignment as JSON. */
  public ObjectNode toJson() {
    ObjectNode o = JsonSupport.newObject();
    o.put("id", id);
    Out.time(o, "created_at", createdAt);
    Out.time(o, "modified_at", modifiedAt);
    o.putObject("worker").putObject("user").put("id", workerId);
    o.set("input", input.toJson());
    o.set("status", status.toJson());
    Out.extras(o, additionalProperties);
    return o;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaskAssignment other && toJson().equals(other.toJson());
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
