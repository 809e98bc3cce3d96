package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.TaskAssignment;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Labeling and review on one task, asynchronously:
 * {@code client.async().tasks().assignments(taskId)}. Each method is the twin of the
 * {@link TaskAssignments} method of the same name: the same request (the sync client's call
 * builders), retried the same way (every action is a {@code PUT} of an end state, safe to
 * repeat) with the waits on the client's scheduler. A future fails with the exception the sync
 * method would throw; an argument that can never work (an empty id list, a blank id) throws at
 * once and nothing is sent.
 *
 * <pre>{@code
 * TaskAssignmentsAsync work = worker.async().tasks().assignments(task.id());
 * work.labelStart()
 *     .thenCompose(batch -> label(batch).thenCompose(done -> work.submit(batch)))
 *     .join();
 * }</pre>
 */
public interface TaskAssignmentsAsync {

  /** The task these actions apply to. */
  String taskId();

  /** See {@link TaskAssignments#labelStart()}. */
  CompletableFuture<List<TaskAssignment>> labelStart();

  /** See {@link TaskAssignments#submit(String...)}. */
  CompletableFuture<List<TaskAssignment>> submit(String... assignmentIds);

  /** See {@link TaskAssignments#submit(Collection)}. */
  default CompletableFuture<List<TaskAssignment>> submit(Collection<TaskAssignment> assignments) {
    return submit(TaskAssignmentsImpl.idsOf(assignments));
  }

  /** See {@link TaskAssignments#submitInput(String)}. */
  CompletableFuture<List<TaskAssignment>> submitInput(String inputId);

  /** See {@link TaskAssignments#reviewStart(String...)}. */
  CompletableFuture<List<TaskAssignment>> reviewStart(String... workerUserIds);

  /** See {@link TaskAssignments#approve(Collection)}. */
  default CompletableFuture<List<TaskAssignment>> approve(Collection<TaskAssignment> assignments) {
    return approve(TaskAssignmentsImpl.idsOf(assignments));
  }

  /** See {@link TaskAssignments#approve(String...)}. */
  CompletableFuture<List<TaskAssignment>> approve(String... assignmentIds);

  /** See {@link TaskAssignments#approveWorkers(String...)}. */
  CompletableFuture<List<TaskAssignment>> approveWorkers(String... workerUserIds);

  /** See {@link TaskAssignments#requestChanges(Collection)}. */
  default CompletableFuture<List<TaskAssignment>> requestChanges(
      Collection<TaskAssignment> assignments) {
    return requestChanges(TaskAssignmentsImpl.idsOf(assignments));
  }

  /** See {@link TaskAssignments#requestChanges(String...)}. */
  CompletableFuture<List<TaskAssignment>> requestChanges(String... assignmentIds);

  /** See {@link TaskAssignments#requestChangesWorkers(String...)}. */
  CompletableFuture<List<TaskAssignment>> requestChangesWorkers(String... workerUserIds);

  /** See {@link TaskAssignments#reject(Collection)}. */
  default CompletableFuture<List<TaskAssignment>> reject(Collection<TaskAssignment> assignments) {
    return reject(TaskAssignmentsImpl.idsOf(assignments));
  }

  /** See {@link TaskAssignments#reject(String...)}. */
  CompletableFuture<List<TaskAssignment>> reject(String... assignmentIds);

  /** See {@link TaskAssignments#rejectWorkers(String...)}. */
  CompletableFuture<List<TaskAssignment>> rejectWorkers(String... workerUserIds);

  /** See {@link TaskAssignments#next()}. */
  CompletableFuture<List<Input>> next();
}
