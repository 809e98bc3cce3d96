package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;

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
    Wire w = Wire.of(json, "task status count");
    String user = w.string("user_id");
    return new WorkerCounts(user.isEmpty() ? TaskAssignment.workerUserId(w) : user,
        w.int64("pending"), w.int64("awaiting_review"), w.int64("success"),
        w.int64("review_denied"), w.int64("awaiting_consensus_review"));
  }

  /** The sum of the five counters. */
  public long total() {
    return pending + awaitingReview + success + reviewDenied + awaitingConsensusReview;
  }
}
