package dev.labelsdk.refonte.model;

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
   * Parses a callback body tree.
   * The model keeps parts of {@code json} without copying them: do not change the tree
   * afterwards (pass {@code json.deepCopy()} if you must).
   */
  public static TaskCallback fromJson(JsonNode json) {
    Fields f = Fields.of(json, "callback");
    if (!json.hasNonNull("task")) {
      throw new IllegalArgumentException("callback: \"task\" is missing");
    }
    Task task = Task.fromJson(json.get("task"));
    String taskId = f.optString("task_id").orElse(task.taskId());
    TaskStatus status = f.optString("status").map(TaskStatus::of).orElse(task.status());
    Optional<JsonObject> response = f.optObject("response").or(task::response);
    return new TaskCallback(task, response, taskId, status);
  }
}
