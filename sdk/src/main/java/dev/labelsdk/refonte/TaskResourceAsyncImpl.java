package dev.labelsdk.refonte;

import dev.labelsdk.core.AsyncPager;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.RetryClassifier;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskPage;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** The {@link TaskResourceAsync} that calls the API; shares its calls with the sync one. */
final class TaskResourceAsyncImpl extends RefonteResource<TaskResourceAsync>
    implements TaskResourceAsync {

  TaskResourceAsyncImpl(RefonteService service, CallExecutor executor) {
    super(service, executor, TaskResourceAsyncImpl::new);
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
    return retryableAsync(options, at(taskId, "taskId", service::getTask), TaskResourceImpl.TASK);
  }

  @Override
  public CompletableFuture<TaskPage> list(TaskListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return retryableAsync(options, TaskResourceImpl.listCalls(service, request),
        JsonSupport.decoder(TaskPage.class));
  }

  @Override
  public CompletableFuture<Task> cancel(String taskId, boolean clearUniqueId,
      RequestOptions options) {
    Boolean clear = clearUniqueId ? Boolean.TRUE : null;
    return retryableAsync(options,
        at(taskId, "taskId", (id, headers) -> service.cancelTask(id, clear, headers)),
        TaskResourceImpl.TASK);
  }

  @Override
  public CompletableFuture<Task> setMetadata(String taskId, JsonObject metadata,
      RequestOptions options) {
    return retryableAsync(options,
        TaskResourceImpl.setMetadataCalls(service, taskId, metadata),
        TaskResourceImpl.TASK);
  }

  @Override
  public CompletableFuture<Task> setUniqueId(String taskId, String uniqueId,
      Boolean clearUniqueIdOnError, RequestOptions options) {
    return retryableAsync(options,
        TaskResourceImpl.setUniqueIdCalls(service, taskId, uniqueId, clearUniqueIdOnError),
        TaskResourceImpl.TASK);
  }

  @Override
  public CompletableFuture<Task> clearUniqueId(String taskId, RequestOptions options) {
    return retryableAsync(options,
        at(taskId, "taskId", service::clearUniqueId), TaskResourceImpl.TASK);
  }

  @Override
  public CompletableFuture<Task> setTags(String taskId, Collection<String> tags,
      RequestOptions options) {
    return retryableAsync(options,
        TaskResourceImpl.tagCalls(taskId, tags, true, service::setTags),
        TaskResourceImpl.TASK);
  }

  @Override
  public CompletableFuture<Task> addTags(String taskId, Collection<String> tags,
      RequestOptions options) {
    return retryableAsync(options,
        TaskResourceImpl.tagCalls(taskId, tags, true, service::addTags),
        TaskResourceImpl.TASK);
  }

  @Override
  public CompletableFuture<Task> deleteTags(String taskId, Collection<String> tags,
      RequestOptions options) {
    return retryableAsync(options,
        TaskResourceImpl.tagCalls(taskId, tags, false, service::deleteTags),
        TaskResourceImpl.TASK);
  }

  @Override
  public CompletableFuture<Task> audit(String taskId, boolean accepted, String comments,
      RequestOptions options) {
    // An audit appends a record: never sent twice.
    return executor.with(options).executeAsync(RetryClassifier.NEVER,
        TaskResourceImpl.auditCalls(service, taskId, accepted, comments),
        JsonSupport.decoder(Task.class));
  }

  @Override
  public Flow.Publisher<TaskPage> listAll(TaskListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return AsyncPager.of(cursor -> list(cursor.map(request::withNextToken).orElse(request),
        options), AutoPager.CURSOR_RULES);
  }
}
