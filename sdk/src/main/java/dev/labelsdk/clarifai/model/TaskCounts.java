package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * A task's per-worker counters (spec §7.6), in worker order.
 *
 * @param appId the app
 * @param taskId the task
 * @param counts one entry per worker
 */
public record TaskCounts(String appId, String taskId, List<WorkerCounts> counts) {

  /** Makes a defensive copy. */
  public TaskCounts {
    counts = List.copyOf(counts);
  }

  /** Parses a SingleTaskCountResponse (its {@code status} already checked). */
  public static TaskCounts fromJson(JsonNode json) {
    Wire w = Wire.of(json, "task counts");
    return new TaskCounts(w.string("app_id"), w.string("task_id"),
        w.list("counts", WorkerCounts::fromJson));
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
