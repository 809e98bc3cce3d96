package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.AdditionalField;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskCounts;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.core.CallExecutor;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The {@link TaskResourceAsync} that calls the API: the requests, checks and recovery of the
 * sync {@link TaskResourceImpl}, run on the executor's async path.
 */
final class TaskResourceAsyncImpl extends ClarifaiResource<TaskResourceAsync>
    implements TaskResourceAsync {

  private final TaskResourceImpl sync;

  TaskResourceAsyncImpl(TaskResourceImpl sync, ClarifaiService service, CallExecutor executor) {
    super(service, executor, (s, e) -> new TaskResourceAsyncImpl(sync, s, e));
    this.sync = sync;
  }

  @Override
  public CompletableFuture<List<Task>> create(List<Task> tasks) {
    TaskResourceImpl.Create create = sync.createRequest(tasks);
    return executor.executeAsync(create.safety(),
        headers -> service.postTasks(create.body(), headers),
        Responses.list("tasks", Task.class),
        (failure, earlier) -> create.mayRecover(failure, earlier)
            ? list(create.createdQuery()).thenApply(page -> create.created(page.items()))
            : CompletableFuture.completedFuture(Optional.empty()));
  }

  @Override
  public CompletableFuture<Task> get(String taskId, AdditionalField... additionalFields) {
    return executor.executeAsync(Safety.IDEMPOTENT, sync.getCalls(taskId, additionalFields),
        Responses.single("task", Task.class));
  }

  @Override
  public CompletableFuture<Page<Task>> list(TaskQuery query) {
    Objects.requireNonNull(query, "query");
    return executor.executeAsync(Safety.IDEMPOTENT, sync.listCalls(query),
        Responses.list("tasks", Task.class))
        .thenApply(found -> Pages.of(found, query.page(), query.perPage()));
  }

  @Override
  public Flow.Publisher<Page<Task>> listAll(TaskQuery query) {
    Objects.requireNonNull(query, "query");
    return Pages.allAsync(query.page(), query.perPage(),
        (page, perPage) -> list(query.perPage(perPage).page(page)));
  }

  @Override
  public CompletableFuture<List<Task>> update(List<Task> tasks) {
    var body = sync.updateBody(tasks);
    return executor.executeAsync(Safety.IDEMPOTENT,
        headers -> service.patchTasks(body, headers),
        Responses.list("tasks", Task.class));
  }

  @Override
  public CompletableFuture<Void> delete(Collection<String> taskIds) {
    return deleteAsync(service::deleteTasks, "ids", taskIds, "task id");
  }

  @Override
  public CompletableFuture<Task> setStatus(String taskId, StatusCode status) {
    return executor.executeAsync(Safety.IDEMPOTENT, sync.setStatusCalls(taskId, status),
        Responses.list("tasks", Task.class)).thenApply(tasks -> tasks.get(0));
  }

  @Override
  public TaskAssignmentsAsync assignments(String taskId) {
    return new TaskAssignmentsAsyncImpl(sync.assignments(taskId), executor);
  }

  @Override
  public CompletableFuture<TaskCounts> annotationCounts(String taskId, String... userIds) {
    return executor.executeAsync(Safety.IDEMPOTENT,
        sync.annotationCountsCalls(taskId, userIds), TaskResourceImpl.COUNTS);
  }

  @Override
  public CompletableFuture<TaskCounts> inputCounts(String taskId, String... userIds) {
    return executor.executeAsync(Safety.IDEMPOTENT, sync.inputCountsCalls(taskId, userIds),
        TaskResourceImpl.COUNTS);
  }
}
