package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The body the service POSTs to a task's {@code callback_url} when it completes or errors:
 * {@code {"task": {...}, "response": {...}, "task_id": "...", "status": "completed"}}.
 * Verify the sender first with {@code dev.labelsdk.refonte.CallbackVerifier}.
 *
 * @param task the task as {@code GET} would return it at the event
 * @param response the task's response (for an error task, {@code {"error": ...}})
 * @param taskId the task id
 * @param status the task status at the event
 */
public record TaskCallback(Task task, Optional<JsonObject> response, String taskId,
    TaskStatus status) {

  /**
   * Parses a callback body.
   *
   * @throws IllegalArgumentException if the body is not JSON of the documented shape
   */
  public static TaskCallback parse(byte[] body) {
    JsonNode json;
    try {
      json = JsonSupport.parse(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("callback body is not valid JSON: "
          + e.getOriginalMessage(), e);
    }
    return fromJson(json);
  }

  /**
   * Parses a callback body.
   *
   * @throws IllegalArgumentException if the body is not JSON of the documented shape
   */
  public static TaskCallback parse(String body) {
    return parse(body.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a callback body: the task, and the task id, status and response the callback names
   * (each defaults to the task's own).
   */
  @JsonCreator
  static TaskCallback read(@JsonProperty("task") Task task, @JsonProperty("task_id") String taskId,
      @JsonProperty("status") TaskStatus status, @JsonProperty("response") JsonObject response) {
    if (task == null) {
      throw new IllegalArgumentException("callback: \"task\" is missing");
    }
    return new TaskCallback(task, Optional.ofNullable(response).or(task::response),
        taskId == null ? task.taskId() : taskId, status == null ? task.status() : status);
  }

  /** Parses a callback body (see {@link #read}). */
  public static TaskCallback fromJson(JsonNode json) {
    return JsonSupport.convert(json, TaskCallback.class);
  }
}
