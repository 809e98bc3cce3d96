package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonSupport;

/**
 * One worker's counters from a task's counts endpoints (spec §7.6): annotations by review
 * state ({@code tasks().annotationCounts}) or assignments by state
 * ({@code tasks().inputCounts}).
 *
 * @param userId the worker
 * @param pending drafts, or work sent back for changes (24151 / 54201)
 * @param awaitingReview submitted, waiting for a reviewer (24157 / 54202)
 * @param success approved or accepted (24150 / 54200)
 * @param reviewDenied rejected (24158 / 54204)
 * @param awaitingConsensusReview waiting for the other labelers (24159 / 54203)
 */
public record WorkerCounts(String userId, long pending, long awaitingReview, long success,
    long reviewDenied, long awaitingConsensusReview) {

  /** Parses one entry; the user is {@code user_id}, else {@code worker.user.id}. */
  public static WorkerCounts fromJson(JsonNode json) {
    return JsonSupport.convert(json, WorkerCounts.class);
  }

  /** Reads a task status count; the worker is {@code user_id} or {@code worker.user.id}. */
  @JsonCreator
  static WorkerCounts read(@JsonProperty("user_id") String userId,
      @JsonProperty("worker") TaskWorker.UserRef worker, @JsonProperty("pending") long pending,
      @JsonProperty("awaiting_review") long awaitingReview, @JsonProperty("success") long success,
      @JsonProperty("review_denied") long reviewDenied,
      @JsonProperty("awaiting_consensus_review") long awaitingConsensusReview) {
    String user = userId == null || userId.isEmpty() ? TaskWorker.UserRef.userId(worker) : userId;
    return new WorkerCounts(user, pending, awaitingReview, success, reviewDenied,
        awaitingConsensusReview);
  }

  /** The sum of the five counters. */
  public long total() {
    return pending + awaitingReview + success + reviewDenied + awaitingConsensusReview;
  }
}
