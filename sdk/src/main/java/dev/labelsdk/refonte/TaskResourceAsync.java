package dev.labelsdk.refonte;

import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskPage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Tasks, asynchronously: {@code client.async().tasks()}. Each method is the twin of the
 * {@link TaskResource} method of the same name, with the same retries, idempotency key and
 * recovery, sent with OkHttp's {@code enqueue}; waits between retries run on the client's
 * {@link dev.labelsdk.core.Scheduler}, so no thread is held while a call waits. A future fails
 * with the exception the sync method would throw (from {@code join()}: wrapped in a
 * {@link java.util.concurrent.CompletionException}).
 */
public interface TaskResourceAsync {

  /** See {@link TaskResource#create(CreateTaskRequest, RequestOptions)}. */
  default CompletableFuture<Task> create(CreateTaskRequest request) {
    return create(request, RequestOptions.none());
  }

  /** See {@link TaskResource#create(CreateTaskRequest, RequestOptions)}. */
  CompletableFuture<Task> create(CreateTaskRequest request, RequestOptions options);

  /** See {@link TaskResource#get(String, RequestOptions)}. */
  default CompletableFuture<Task> get(String taskId) {
    return get(taskId, RequestOptions.none());
  }

  /** See {@link TaskResource#get(String, RequestOptions)}. */
  CompletableFuture<Task> get(String taskId, RequestOptions options);

  /** See {@link TaskResource#list(TaskListRequest, RequestOptions)}. */
  default CompletableFuture<TaskPage> list(TaskListRequest request) {
    return list(request, RequestOptions.none());
  }

  /** See {@link TaskResource#list(TaskListRequest, RequestOptions)}. */
  CompletableFuture<TaskPage> list(TaskListRequest request, RequestOptions options);

  /** See {@link TaskResource#cancel(String, boolean, RequestOptions)}. */
  default CompletableFuture<Task> cancel(String taskId) {
    return cancel(taskId, false, RequestOptions.none());
  }

  /** See {@link TaskResource#cancel(String, boolean, RequestOptions)}. */
  CompletableFuture<Task> cancel(String taskId, boolean clearUniqueId, RequestOptions options);

  /** Every page of a listing; see {@link #listAll(TaskListRequest, RequestOptions)}. */
  default Flow.Publisher<TaskPage> listAll(TaskListRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Every page of a listing, newest first, as a {@link Flow.Publisher}: one page is fetched
   * per unit of demand, following {@code next_token} with the same stop rules as
   * {@link TaskResource#listAll} (no more, missing or repeated token). Each subscription
   * starts from the first page.
   */
  Flow.Publisher<TaskPage> listAll(TaskListRequest request, RequestOptions options);
}
