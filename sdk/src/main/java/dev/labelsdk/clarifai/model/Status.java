package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import java.util.Objects;
import java.util.Set;

/**
 * A Clarifai {@code Status} (spec §3.9): the outcome of a request, or the lifecycle state of
 * a task, assignment, annotation or input.
 *
 * @param code the status code
 * @param description the server's short description ({@code ""} when absent)
 * @param details what went wrong, for errors ({@code ""} when absent)
 * @param reqId the request id of a response's top-level status ({@code ""} elsewhere): quote
 *     it when contacting support
 */
@ProtoMessage
@JsonDeserialize(builder = Status.Reader.class)
public record Status(@JsonProperty("code") StatusCode code,
    @JsonProperty("description") String description, @JsonProperty("details") String details,
    @JsonProperty("req_id") String reqId) {

  private static final Set<Integer> STORED_ITEM_CODES =
      Set.of(24150, 24151, 24157, 24158, 24159, 30000, 30001);

  /** Validates the components; null strings become {@code ""}. */
  public Status {
    Objects.requireNonNull(code, "code");
    description = description == null ? "" : description;
    details = details == null ? "" : details;
    reqId = reqId == null ? "" : reqId;
  }

  /** A status with only a code. */
  public static Status of(StatusCode code) {
    return new Status(code, "", "", "");
  }

  /** Reads a status; {@code code} is required. A Jackson builder (see {@link Task}). */
  @JsonPOJOBuilder(buildMethodName = "status")
  static final class Reader {
    @JsonProperty("code") private StatusCode code;
    @JsonProperty("description") private String description;
    @JsonProperty("details") private String details;
    @JsonProperty("req_id") private String reqId;

    Status status() {
      if (code == null) {
        throw new IllegalArgumentException("status: \"code\" is missing");
      }
      return new Status(code, description, details, reqId);
    }
  }

  /**
   * Parses a status object ({@code code} as a number, numeric string or name).
   *
   * @throws IllegalArgumentException if it is not an object, lacks {@code code} or a value has
   *     the wrong type
   */
  public static Status fromJson(JsonNode json) {
    return JsonSupport.convert(json, Status.class);
  }

  /** True for {@link StatusCode#SUCCESS}. */
  public boolean isSuccess() {
    return code.equals(StatusCode.SUCCESS);
  }

  /**
   * For an item of a per-item batch (inputs, annotations, concepts): true when the item was
   * stored, i.e. its status is a lifecycle state (annotation 241xx, input 30000/30001) rather
   * than an error.
   */
  boolean isStoredItem() {
    return STORED_ITEM_CODES.contains(code.number()) || isSuccess();
  }

  /** The status as JSON. */
  public ObjectNode toJson() {
    return JsonSupport.toJson(this);
  }

  /** {@code 54102 TASK_MISSING (Task not found): details}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(
        code.isKnown() ? code.number() + " " + code.name() : code.toString());
    if (!description.isEmpty()) {
      sb.append(" (").append(description).append(')');
    }
    if (!details.isEmpty()) {
      sb.append(": ").append(details);
    }
    return sb.toString();
  }
}
