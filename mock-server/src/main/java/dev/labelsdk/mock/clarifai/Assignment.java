package dev.labelsdk.mock.clarifai;

import java.util.HashSet;
import java.util.Set;

/**
 * One (task, input, worker) unit of work with its 542xx status (spec §8). {@code submittedSeq}
 * orders submissions for consensus; {@code approvals} are the reviewers who approved since the
 * last submission; {@code deciders} every reviewer who ever decided it (for metrics).
 * Immutable; transitions make a copy.
 */
public record Assignment(String id, String taskId, String inputId, String workerId,
    StatusCode status, long createdAt, long modifiedAt, long submittedSeq, Set<String> approvals,
    Set<String> deciders) {

  public Assignment {
    approvals = Set.copyOf(approvals);
    deciders = Set.copyOf(deciders);
  }

  static Assignment pending(String id, String taskId, String inputId, String workerId, long now) {
    return new Assignment(id, taskId, inputId, workerId, StatusCode.TASK_ASSIGNMENT_PENDING, now,
        now, 0, Set.of(), Set.of());
  }

  /** Submitted (not 54201 PENDING). */
  public boolean isSubmitted() {
    return status != StatusCode.TASK_ASSIGNMENT_PENDING;
  }

  /** Waiting for a reviewer or for consensus (54202 or 54203). */
  public boolean isReviewable() {
    return status == StatusCode.TASK_ASSIGNMENT_AWAITING_REVIEW
        || status == StatusCode.TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW;
  }

  /** Approved or rejected (54200 or 54204). */
  public boolean isTerminal() {
    return status == StatusCode.TASK_ASSIGNMENT_SUCCESS || status == StatusCode.TASK_ASSIGNMENT_REJECTED;
  }

  /** A copy with another status; back to PENDING, its approvals are cleared. */
  public Assignment withStatus(StatusCode newStatus, long now) {
    return new Assignment(id, taskId, inputId, workerId, newStatus, createdAt, now, submittedSeq,
        newStatus == StatusCode.TASK_ASSIGNMENT_PENDING ? Set.of() : approvals, deciders);
  }

  /** Submitted now as the {@code seq}-th submission; earlier approvals no longer count. */
  public Assignment submitted(StatusCode newStatus, long seq, long now) {
    return new Assignment(id, taskId, inputId, workerId, newStatus, createdAt, now, seq, Set.of(),
        deciders);
  }

  /** With a reviewer's decision recorded (and their approval, when {@code approved}). */
  public Assignment decidedBy(String reviewer, boolean approved, StatusCode newStatus, long now) {
    Set<String> a = new HashSet<>(approvals);
    if (approved) {
      a.add(reviewer);
    }
    Set<String> d = new HashSet<>(deciders);
    d.add(reviewer);
    return new Assignment(id, taskId, inputId, workerId, newStatus, createdAt, now, submittedSeq,
        newStatus == StatusCode.TASK_ASSIGNMENT_PENDING ? Set.of() : a, d);
  }
}
