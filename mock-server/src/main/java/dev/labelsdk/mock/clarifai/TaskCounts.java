package dev.labelsdk.mock.clarifai;

import java.util.List;

/** The answer of the task counts endpoints (spec §7.6): one entry per worker, in worker order. */
public record TaskCounts(AppRef app, String taskId, List<WorkerCounts> counts) {

  /** TaskStatusCountPerUser: the five counters, always present. */
  public record WorkerCounts(String userId, long pending, long awaitingReview, long success,
      long reviewDenied, long awaitingConsensusReview) {

    /** Counts annotation (241xx) or assignment (542xx) statuses into the five counters. */
    static WorkerCounts of(String userId, List<StatusCode> statuses) {
      long pending = 0;
      long awaiting = 0;
      long success = 0;
      long denied = 0;
      long consensus = 0;
      for (StatusCode s : statuses) {
        switch (s) {
          case ANNOTATION_PENDING, TASK_ASSIGNMENT_PENDING -> pending++;
          case ANNOTATION_AWAITING_REVIEW, TASK_ASSIGNMENT_AWAITING_REVIEW -> awaiting++;
          case ANNOTATION_SUCCESS, TASK_ASSIGNMENT_SUCCESS -> success++;
          case ANNOTATION_REVIEW_DENIED, TASK_ASSIGNMENT_REJECTED -> denied++;
          case ANNOTATION_AWAITING_CONSENSUS_REVIEW, TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW -> consensus++;
          default -> { }
        }
      }
      return new WorkerCounts(userId, pending, awaiting, success, denied, consensus);
    }
  }
}
