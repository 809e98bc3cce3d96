package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.core.AdaptiveRateLimiter;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Retrier;
import dev.labelsdk.core.bulk.BulkInput;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import dev.labelsdk.core.bulk.BulkOutcome;
import dev.labelsdk.core.bulk.BulkRunner;
import java.util.List;

/**
 * Clarifai's half of bulk task submission ({@link TaskResource#submitAll}): one task a
 * {@code POST .../tasks} (a create of several tasks is all or none, so one bad or existing task
 * would fail its whole batch), through the async create and its recovery, paced by the run's
 * {@link AdaptiveRateLimiter}. Every task is sent with an id (its own, or one derived from the
 * run id and its content), so every create is retried like an idempotent call, and a lost
 * answer is recovered from the 40010 its retry meets.
 */
final class BulkTaskSubmitter {

  private BulkTaskSubmitter() {}

  static BulkJob<Task> start(TaskResourceImpl sync, ClarifaiService service,
      CallExecutor executor, BulkInput<Task> tasks, BulkOptions options) {
    AdaptiveRateLimiter limiter = BulkRunner.limiter(options, executor.scheduler());
    TaskResourceAsync async = new TaskResourceAsyncImpl(sync, service,
        BulkRunner.calls(executor, limiter, options));
    return BulkRunner.start(tasks, (task, index) -> identity(task),
        (index, task, identity, runId) -> {
          Task sent = task.id().isEmpty()
              ? task.toBuilder().id(BulkBatchSubmitter.derivedId(runId, identity)).build()
              : task;
          return async.create(List.of(sent)).handle((created, error) -> error == null
              ? BulkOutcome.created(index, identity, created.get(0), sent.id())
              : outcomeOfFailure(index, identity, sent.id(), Retrier.unwrapFailure(error)));
        }, limiter, options);
  }

  /** {@code id:<its id>}, or {@code content:<digest>} for a task without one. */
  static String identity(Task task) {
    return BulkBatchSubmitter.identity(task.id(), task::toJson);
  }

  /** 40010 on the task's own id without a lost answer: an earlier run created it. */
  private static BulkOutcome<Task> outcomeOfFailure(int index, String identity, String id,
      RuntimeException failure) {
    return ClarifaiRecovery.code(failure) == StatusCode.DATABASE_DUPLICATE_KEY.number()
        ? BulkOutcome.alreadyExisted(index, identity, id)
        : BulkOutcome.failed(index, identity, failure);
  }
}
