package dev.labelsdk.refonte;

import dev.labelsdk.core.AsyncPager;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskPage;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** The {@link TaskResourceAsync} that calls the API; shares its calls with the sync one. */
final class TaskResourceAsyncImpl implements TaskResourceAsync {

  private final RefonteService service;
  private final CallExecutor executor;

  TaskResourceAsyncImpl(RefonteService service, CallExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  @Override
  public CompletableFuture<Task> create(CreateTaskRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    CallExecutor call = executor.with(options);
    Optional<String> uniqueId = request.uniqueId();
    return call.executeAsync(RefonteProtocol.RETRYABLE,
        TaskResourceImpl.createCalls(service, request, call), JsonSupport.decoder(Task.class),
        (failure, earlier) -> TaskResourceImpl.ownDuplicate(failure, earlier, uniqueId)
            .map(duplicate -> list(TaskListRequest.builder().uniqueIds(uniqueId.get()).build(),
                ApiRecovery.withoutIdempotencyKey(options))
                .thenApply(page -> TaskResourceImpl.ownTask(duplicate, page.docs())))
            .orElseGet(() -> CompletableFuture.completedFuture(Optional.empty())));
  }

  @Override
  public CompletableFuture<Task> get(String taskId, RequestOptions options) {
    String id = PathSegments.require(taskId, "taskId");
    return executor.with(options).executeAsync(RefonteProtocol.RETRYABLE,
        headers -> service.getTask(id, headers), JsonSupport.decoder(Task.class));
  }

  @Override
  public CompletableFuture<TaskPage> list(TaskListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return executor.with(options).executeAsync(RefonteProtocol.RETRYABLE,
        TaskResourceImpl.listCalls(service, request), JsonSupport.decoder(TaskPage.class));
  }

  @Override
  public CompletableFuture<Task> cancel(String taskId, boolean clearUniqueId,
      RequestOptions options) {
    String id = PathSegments.require(taskId, "taskId");
    Boolean clear = clearUniqueId ? Boolean.TRUE : null;
    return executor.with(options).executeAsync(RefonteProtocol.RETRYABLE,
        headers -> service.cancelTask(id, clear, headers), JsonSupport.decoder(Task.class));
  }

  @Override
  public Flow.Publisher<TaskPage> listAll(TaskListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return AsyncPager.of(cursor -> list(cursor.map(request::withNextToken).orElse(request),
        options), AutoPager.CURSOR_RULES);
  }
}
