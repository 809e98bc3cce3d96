package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonSupport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A task's per-worker counters (spec §7.6), in worker order.
 *
 * @param appId the app
 * @param taskId the task
 * @param counts one entry per worker
 */
public record TaskCounts(@JsonProperty("app_id") String appId,
    @JsonProperty("task_id") String taskId, @JsonProperty("counts") List<WorkerCounts> counts) {

  /** Makes a defensive copy. */
  public TaskCounts {
    appId = Objects.requireNonNullElse(appId, "");
    taskId = Objects.requireNonNullElse(taskId, "");
    counts = counts == null ? List.of() : List.copyOf(counts);
  }

  /** Parses a SingleTaskCountResponse (its {@code status} already checked). */
  public static TaskCounts fromJson(JsonNode json) {
    return JsonSupport.convert(json, TaskCounts.class);
  }

  /** The counters of one worker. */
  public Optional<WorkerCounts> of(String userId) {
    return counts.stream().filter(c -> c.userId().equals(userId)).findFirst();
  }

  /** The counters summed over every worker (its user id is {@code ""}). */
  public WorkerCounts total() {
    long pending = 0;
    long awaitingReview = 0;
    long success = 0;
    long reviewDenied = 0;
    long awaitingConsensus = 0;
    for (WorkerCounts c : counts) {
      pending += c.pending();
      awaitingReview += c.awaitingReview();
      success += c.success();
      reviewDenied += c.reviewDenied();
      awaitingConsensus += c.awaitingConsensusReview();
    }
    return new WorkerCounts("", pending, awaitingReview, success, reviewDenied,
        awaitingConsensus);
  }
}
