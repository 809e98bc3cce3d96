package dev.labelsdk.refonte;

import dev.labelsdk.core.AdaptiveRateLimiter;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.Retrier;
import dev.labelsdk.core.bulk.BulkInput;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import dev.labelsdk.core.bulk.BulkOutcome;
import dev.labelsdk.core.bulk.BulkRunner;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

/**
 * Refonte's half of bulk submission ({@link TaskResource#submitAll}): an item's identity and
 * key, the create (the async create, paced by the run's shared {@link AdaptiveRateLimiter}),
 * and what its answer means.
 */
final class BulkTaskSubmitter {

  private BulkTaskSubmitter() {}

  static BulkJob<Task> start(RefonteService service, CallExecutor executor,
      BulkInput<CreateTaskRequest> requests, BulkOptions options) {
    AdaptiveRateLimiter limiter = BulkRunner.limiter(options, executor.scheduler());
    TaskResourceAsync tasks = new TaskResourceAsyncImpl(service,
        BulkRunner.calls(executor, limiter, options));
    return BulkRunner.start(requests, BulkTaskSubmitter::identity,
        (index, request, identity, runId) -> tasks
            .create(request, RequestOptions.builder()
                .idempotencyKey(idempotencyKey(runId, index, request)).build())
            .handle((task, error) -> error == null
                ? BulkOutcome.created(index, identity, task, task.taskId())
                : outcomeOfFailure(index, identity, request, Retrier.unwrapFailure(error))),
        limiter, options);
  }

  /** {@code uid:<unique_id>}, or {@code item:<index>} for an item without one. */
  static String identity(CreateTaskRequest request, int index) {
    return request.uniqueId().map(u -> "uid:" + u).orElse("item:" + index);
  }

  /**
   * The item's key: the same for the same run, position and content, so a retry, a lost
   * answer or a rerun with the same run id is answered from the first create.
   */
  static String idempotencyKey(String runId, int index, CreateTaskRequest request) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((runId + "\n" + index + "\n" + request.type().value() + "\n")
          .getBytes(StandardCharsets.UTF_8));
      sha.update(request.toJson().toString().getBytes(StandardCharsets.UTF_8));
      return "bulk-" + HexFormat.of().formatHex(sha.digest(), 0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A 409 on the item's own unique_id: it exists already (an earlier run made it). */
  private static BulkOutcome<Task> outcomeOfFailure(int index, String identity,
      CreateTaskRequest request, RuntimeException failure) {
    if (failure instanceof DuplicateTaskException duplicate && request.uniqueId().isPresent()
        && duplicate.uniqueId().equals(request.uniqueId())) {
      return BulkOutcome.alreadyExisted(index, identity, duplicate.conflictingTaskId());
    }
    return BulkOutcome.failed(index, identity, failure);
  }
}
