package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.TaskAssignmentsImpl.Decision;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.TaskAssignment;
import dev.labelsdk.core.CallExecutor;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The {@link TaskAssignmentsAsync} that calls the API: the sync {@link TaskAssignmentsImpl}'s
 * call builders and decoders, run on the executor's async path.
 */
final class TaskAssignmentsAsyncImpl implements TaskAssignmentsAsync {

  private final TaskAssignmentsImpl sync;
  private final CallExecutor executor;

  TaskAssignmentsAsyncImpl(TaskAssignmentsImpl sync, CallExecutor executor) {
    this.sync = sync;
    this.executor = executor;
  }

  @Override
  public String taskId() {
    return sync.taskId();
  }

  @Override
  public CompletableFuture<List<TaskAssignment>> labelStart() {
    return send(sync.labelStartCalls());
  }

  @Override
  public CompletableFuture<List<TaskAssignment>> submit(String... assignmentIds) {
    return send(sync.submitCalls(Arrays.asList(assignmentIds)));
  }


  @Override
  public CompletableFuture<List<TaskAssignment>> submitInput(String inputId) {
    return send(sync.submitInputCalls(inputId));
  }

  @Override
  public CompletableFuture<List<TaskAssignment>> reviewStart(String... workerUserIds) {
    return send(sync.reviewStartCalls(workerUserIds));
  }


  @Override
  public CompletableFuture<List<TaskAssignment>> approve(String... assignmentIds) {
    return send(sync.decideCalls(Decision.APPROVE, Arrays.asList(assignmentIds)));
  }

  @Override
  public CompletableFuture<List<TaskAssignment>> approveWorkers(String... workerUserIds) {
    return send(sync.decideWorkersCalls(Decision.APPROVE, workerUserIds));
  }


  @Override
  public CompletableFuture<List<TaskAssignment>> requestChanges(String... assignmentIds) {
    return send(sync.decideCalls(Decision.REQUEST_CHANGES, Arrays.asList(assignmentIds)));
  }

  @Override
  public CompletableFuture<List<TaskAssignment>> requestChangesWorkers(
      String... workerUserIds) {
    return send(sync.decideWorkersCalls(Decision.REQUEST_CHANGES, workerUserIds));
  }


  @Override
  public CompletableFuture<List<TaskAssignment>> reject(String... assignmentIds) {
    return send(sync.decideCalls(Decision.REJECT, Arrays.asList(assignmentIds)));
  }

  @Override
  public CompletableFuture<List<TaskAssignment>> rejectWorkers(String... workerUserIds) {
    return send(sync.decideWorkersCalls(Decision.REJECT, workerUserIds));
  }

  @Override
  public CompletableFuture<List<Input>> next() {
    return executor.executeAsync(Safety.IDEMPOTENT, sync.nextCalls(), TaskAssignmentsImpl.INPUTS);
  }

  private CompletableFuture<List<TaskAssignment>> send(CallExecutor.CallFactory calls) {
    return executor.executeAsync(Safety.IDEMPOTENT, calls, TaskAssignmentsImpl.ASSIGNMENTS);
  }
}
