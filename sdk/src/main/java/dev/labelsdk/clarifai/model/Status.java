package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
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
public record Status(StatusCode code, String description, String details, String reqId) {

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

  /**
   * Parses a status object ({@code code} as a number, numeric string or name).
   *
   * @throws IllegalArgumentException if it is not an object, lacks {@code code} or a value has
   *     the wrong type
   */
  public static Status fromJson(JsonNode json) {
    Wire w = Wire.of(json, "status");
    if (w.value("code") == null) {
      throw new IllegalArgumentException("status: \"code\" is missing");
    }
    return new Status(w.enumValue("code", StatusCode.VALUES), w.string("description"),
        w.string("details"), w.string("req_id"));
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

  /** The status as JSON ({@code code} by number, as the server writes it). */
  public ObjectNode toJson() {
    ObjectNode o = JsonSupport.newObject();
    o.put("code", code.number());
    Out.text(o, "description", description);
    Out.text(o, "details", details);
    Out.text(o, "req_id", reqId);
    return o;
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
