package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import java.util.List;

/**
 * A task as an operation saw it (spec §3): an immutable copy taken under the tenant's lock, so it
 * can be rendered after the lock is gone. JSON-valued fields ({@code params}, {@code metadata},
 * {@code response}) are the stored compact JSON text; {@code completedAt}, {@code response},
 * {@code tags}, {@code uniqueId}, {@code reviewStatus} and {@code callbackCompleted} are null
 * while unset.
 */
public record TaskView(
    String id, String type, TaskStatus status, long createdAt, long updatedAt, Long completedAt,
    String instruction, String paramsJson, String callbackUrl, Boolean callbackCompleted,
    String responseJson, String metadataJson, List<Audit> audits, List<String> tags,
    String uniqueId, boolean clearUniqueIdOnError, ReviewStatus reviewStatus, int timesRedone,
    String project, String batch, Integer projectParamVersion) {

  static TaskView of(Task t) {
    return new TaskView(t.id, t.type, t.status, t.createdAt, t.updatedAt,
        t.completedAt >= 0 ? t.completedAt : null, t.instruction, t.paramsJson, t.callbackUrl,
        t.callbackCompleted, t.responseJson, t.metadataJson, List.copyOf(t.audits),
        t.tags == null ? null : List.copyOf(t.tags), t.uniqueId, t.clearUniqueIdOnError,
        t.reviewStatus, t.timesRedone, t.project, t.batch, t.projectParamVersion);
  }

  /** {@code params} as a tree. */
  public JsonNode params() {
    return Json.tree(paramsJson);
  }

  /** {@code metadata} as a tree. */
  public JsonNode metadata() {
    return Json.tree(metadataJson);
  }

  /** {@code response} as a tree, or null before the task completed or failed. */
  public JsonNode response() {
    return responseJson == null ? null : Json.tree(responseJson);
  }
}
