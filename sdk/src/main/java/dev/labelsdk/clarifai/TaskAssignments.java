package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.TaskAssignment;
import java.util.Collection;
import java.util.List;

/**
 * Labeling and review on one task: {@code client.tasks().assignments(taskId)} (spec §8). Every
 * action acts as the caller, the key's user: labeling needs a worker of the task, review a
 * reviewer or the app owner (else {@link PermissionDeniedException}), and both need the task in
 * progress (else {@link ConflictException}). Each is a {@code PUT .../tasks/{id}/assignments}
 * and returns the assignments it touched, as they are afterwards.
 *
 * <pre>{@code
 * TaskAssignments work = worker.tasks().assignments(task.id());
 * List<TaskAssignment> batch = work.labelStart();
 * for (TaskAssignment a : batch) {
 *   worker.annotations().create(Annotation.builder().inputId(a.inputId()).taskId(task.id())
 *       .concepts(Concept.of("water")).draft().build());
 * }
 * work.submit(batch);
 *
 * TaskAssignments review = reviewer.tasks().assignments(task.id());
 * review.approve(review.reviewStart());
 * }</pre>
 *
 * <p>The server may update annotations asynchronously after these calls; do not assume the
 * new states are visible at once everywhere.
 */
public interface TaskAssignments {

  /** The task these actions apply to. */
  String taskId();

  /**
   * The caller's next pending assignments (at most a batch, 10 on the mock): for a dynamic
   * task, new ones are handed out when the caller has none. Empty when nothing is left.
   */
  List<TaskAssignment> labelStart();

  /** Submits the caller's labeled assignments; see {@link #submit(Collection)}. */
  List<TaskAssignment> submit(String... assignmentIds);

  /**
   * Submits the caller's labeled assignments ({@code LABEL_SUBMIT}): their annotations move on
   * to review, consensus or approval depending on the task's review strategy. Submitting an
   * assignment twice changes nothing.
   */
  default List<TaskAssignment> submit(Collection<TaskAssignment> assignments) {
    return submit(TaskAssignmentsImpl.idsOf(assignments));
  }

  /** Submits the caller's assignment for one input (the deprecated {@code input_id} form). */
  List<TaskAssignment> submitInput(String inputId);

  /**
   * Assignments awaiting review (at most a batch), optionally only those of some workers.
   * Reviewing needs the reviewer role or app ownership.
   */
  List<TaskAssignment> reviewStart(String... workerUserIds);

  /**
   * Approves assignments awaiting review ({@code REVIEW_APPROVE}); they become
   * {@code TASK_ASSIGNMENT_SUCCESS} once enough reviewers approved (one, unless the consensus
   * review requires all).
   *
   * @throws ConflictException if one is not awaiting review (then nothing changes)
   */
  default List<TaskAssignment> approve(Collection<TaskAssignment> assignments) {
    return approve(TaskAssignmentsImpl.idsOf(assignments));
  }

  /** Approves assignments by id; see {@link #approve(Collection)}. */
  List<TaskAssignment> approve(String... assignmentIds);

  /** Approves everything these workers have awaiting review. */
  List<TaskAssignment> approveWorkers(String... workerUserIds);

  /**
   * Sends assignments back to their workers ({@code REVIEW_REQUEST_CHANGES}): pending again,
   * approvals cleared; the worker edits and submits again.
   */
  default List<TaskAssignment> requestChanges(Collection<TaskAssignment> assignments) {
    return requestChanges(TaskAssignmentsImpl.idsOf(assignments));
  }

  /** Sends assignments back by id; see {@link #requestChanges(Collection)}. */
  List<TaskAssignment> requestChanges(String... assignmentIds);

  /** Sends back everything these workers have awaiting review. */
  List<TaskAssignment> requestChangesWorkers(String... workerUserIds);

  /** Rejects assignments ({@code REVIEW_REJECT}): final. */
  default List<TaskAssignment> reject(Collection<TaskAssignment> assignments) {
    return reject(TaskAssignmentsImpl.idsOf(assignments));
  }

  /** Rejects assignments by id; see {@link #reject(Collection)}. */
  List<TaskAssignment> reject(String... assignmentIds);

  /** Rejects everything these workers have awaiting review. */
  List<TaskAssignment> rejectWorkers(String... workerUserIds);

  /**
   * The inputs of the caller's next assignments ({@code GET .../assignments}, the deprecated
   * ListNextTaskAssignments); prefer {@link #labelStart()}, which returns the assignments.
   */
  List<Input> next();
}
