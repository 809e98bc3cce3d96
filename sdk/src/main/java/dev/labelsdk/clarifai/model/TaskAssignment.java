package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonModel;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit of task work (spec §3.5, §8): an input given to one worker, with its state
 * ({@link StatusCode#TASK_ASSIGNMENT_PENDING}, {@code _AWAITING_REVIEW},
 * {@code _AWAITING_CONSENSUS_REVIEW}, {@code _SUCCESS} or {@code _REJECTED}). Immutable.
 *
 * @param id the assignment id (what submit and review actions take)
 * @param createdAt when the assignment was made
 * @param modifiedAt when its state last changed
 * @param workerId the worker's user id
 * @param input the input to label (as stored: media and metadata)
 * @param status the state (542xx)
 * @param additionalProperties keys this SDK does not model, as sent (the accessor returns copies)
 */
@ProtoMessage
public record TaskAssignment(@JsonProperty("id") String id,
    @JsonProperty("created_at") Optional<Instant> createdAt,
    @JsonProperty("modified_at") Optional<Instant> modifiedAt,
    @JsonIgnore String workerId, @JsonProperty("input") Input input,
    @JsonProperty("status") Status status, Map<String, JsonNode> additionalProperties)
    implements JsonModel {

  /** Null times are absent; the extras are adopted. */
  public TaskAssignment {
    createdAt = Objects.requireNonNullElse(createdAt, Optional.empty());
    modifiedAt = Objects.requireNonNullElse(modifiedAt, Optional.empty());
    additionalProperties = Extras.adopt(additionalProperties);
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
    return new TaskAssignment(id, Optional.ofNullable(createdAt), Optional.ofNullable(modifiedAt),
        TaskWorker.UserRef.userId(worker), input == null ? Input.builder().build() : input,
        status, additionalProperties);
  }

  /** Parses an assignment. */
  public static TaskAssignment fromJson(JsonNode json) {
    return JsonSupport.convert(json, TaskAssignment.class);
  }


  /** The input's id. */
  public String inputId() {
    return input.id();
  }

  /** The state's code, e.g. {@link StatusCode#TASK_ASSIGNMENT_AWAITING_REVIEW}. */
  public StatusCode statusCode() {
    return status.code();
  }

  /** Keys this SDK does not model, as sent (copies). */
  @Override
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
  }


  @JsonProperty("worker")
  private Map<String, Map<String, String>> worker() {
    return Map.of("user", Map.of("id", workerId));
  }
}
