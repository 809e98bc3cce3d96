package dev.labelsdk.refonte;

import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskPage;
import java.util.Collection;
import java.util.Map;
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

  /** See {@link TaskResource#setMetadata(String, JsonObject, RequestOptions)}. */
  default CompletableFuture<Task> setMetadata(String taskId, Map<String, ?> metadata) {
    return setMetadata(taskId, JsonObject.of(metadata), RequestOptions.none());
  }

  /** See {@link TaskResource#setMetadata(String, JsonObject, RequestOptions)}. */
  default CompletableFuture<Task> setMetadata(String taskId, JsonObject metadata) {
    return setMetadata(taskId, metadata, RequestOptions.none());
  }

  /**
   * See {@link TaskResource#setMetadata(String, JsonObject, RequestOptions)}; metadata that
   * can never be accepted throws at once and nothing is sent.
   */
  CompletableFuture<Task> setMetadata(String taskId, JsonObject metadata,
      RequestOptions options);

  /** See {@link TaskResource#setUniqueId(String, String, Boolean, RequestOptions)}. */
  default CompletableFuture<Task> setUniqueId(String taskId, String uniqueId) {
    return setUniqueId(taskId, uniqueId, null, RequestOptions.none());
  }

  /**
   * See {@link TaskResource#setUniqueId(String, String, Boolean, RequestOptions)}; an empty
   * unique_id throws at once (use {@link #clearUniqueId}).
   */
  CompletableFuture<Task> setUniqueId(String taskId, String uniqueId,
      Boolean clearUniqueIdOnError, RequestOptions options);

  /** See {@link TaskResource#clearUniqueId(String, RequestOptions)}. */
  default CompletableFuture<Task> clearUniqueId(String taskId) {
    return clearUniqueId(taskId, RequestOptions.none());
  }

  /** See {@link TaskResource#clearUniqueId(String, RequestOptions)}. */
  CompletableFuture<Task> clearUniqueId(String taskId, RequestOptions options);

  /** See {@link TaskResource#setTags(String, Collection, RequestOptions)}. */
  default CompletableFuture<Task> setTags(String taskId, Collection<String> tags) {
    return setTags(taskId, tags, RequestOptions.none());
  }

  /** See {@link TaskResource#setTags(String, Collection, RequestOptions)}. */
  CompletableFuture<Task> setTags(String taskId, Collection<String> tags,
      RequestOptions options);

  /** See {@link TaskResource#addTags(String, Collection, RequestOptions)}. */
  default CompletableFuture<Task> addTags(String taskId, Collection<String> tags) {
    return addTags(taskId, tags, RequestOptions.none());
  }

  /** See {@link TaskResource#addTags(String, Collection, RequestOptions)}. */
  CompletableFuture<Task> addTags(String taskId, Collection<String> tags,
      RequestOptions options);

  /** See {@link TaskResource#deleteTags(String, Collection, RequestOptions)}. */
  default CompletableFuture<Task> deleteTags(String taskId, Collection<String> tags) {
    return deleteTags(taskId, tags, RequestOptions.none());
  }

  /** See {@link TaskResource#deleteTags(String, Collection, RequestOptions)}. */
  CompletableFuture<Task> deleteTags(String taskId, Collection<String> tags,
      RequestOptions options);

  /** See {@link TaskResource#audit(String, boolean, String, RequestOptions)}. */
  default CompletableFuture<Task> audit(String taskId, boolean accepted, String comments) {
    return audit(taskId, accepted, comments, RequestOptions.none());
  }

  /**
   * See {@link TaskResource#audit(String, boolean, String, RequestOptions)}: an audit appends
   * a record, so it is never retried.
   */
  CompletableFuture<Task> audit(String taskId, boolean accepted, String comments,
      RequestOptions options);

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
