package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A stored annotation (spec §3.6). {@code data} is normalized JSON (concept values and box
 * coordinates present, region ids set) and never mutated; {@code taskId} is null for
 * annotations outside tasks. Immutable; edits make a copy.
 */
public record Annotation(String id, String inputId, JsonNode data, StatusCode status,
    long createdAt, long modifiedAt, String userId, String taskId, JsonNode annotationInfo) {

  /** True when the annotation has no regions (spec §3.6, mock choice). */
  public boolean inputLevel() {
    JsonNode regions = data == null ? null : data.get("regions");
    return regions == null || regions.isEmpty();
  }

  /** Whether it belongs to the (task, input, worker) unit. */
  public boolean isOf(String task, String input, String worker) {
    return task.equals(taskId) && input.equals(inputId) && worker.equals(userId);
  }

  /** A copy with another status. */
  public Annotation withStatus(StatusCode newStatus, long now) {
    return new Annotation(id, inputId, data, newStatus, createdAt, now, userId, taskId, annotationInfo);
  }

  /** A copy with other data and status. */
  public Annotation withData(JsonNode newData, StatusCode newStatus, long now) {
    return new Annotation(id, inputId, newData, newStatus, createdAt, now, userId, taskId, annotationInfo);
  }
}
