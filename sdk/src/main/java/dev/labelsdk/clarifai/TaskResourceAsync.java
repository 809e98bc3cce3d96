package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.AdditionalField;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskCounts;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.core.RequestOptions;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Clarifai tasks, asynchronously: {@code client.async().tasks()}. Each method is the twin of
 * the {@link TaskResource} method of the same name, with the same checks, retries and
 * recovery (the shared {@link dev.labelsdk.core.CallExecutor#executeAsync}), sent with
 * OkHttp's {@code enqueue} and waiting between retries on the client's scheduler. A future
 * fails with the exception the sync method would throw for an answer; a request that can never
 * work (a missing id, a task whose {@code problems()} are not empty) throws at once, as the
 * sync method does, and nothing is sent.
 */
public interface TaskResourceAsync {

  /** See {@link TaskResource#create(Task)}. */
  default CompletableFuture<Task> create(Task task) {
    return create(List.of(task)).thenApply(tasks -> tasks.get(0));
  }

  /**
   * See {@link TaskResource#create(List)}: when every task has a client id, a retry that
   * meets its own ids after a lost answer (40010) completes with the tasks that attempt
   * created.
   */
  CompletableFuture<List<Task>> create(List<Task> tasks);

  /** See {@link TaskResource#get(String, AdditionalField...)}. */
  CompletableFuture<Task> get(String taskId, AdditionalField... additionalFields);

  /** See {@link TaskResource#list(TaskQuery)}. */
  CompletableFuture<Page<Task>> list(TaskQuery query);

  /**
   * Every page of matching tasks, newest first, as a {@link Flow.Publisher}: one page per unit
   * of demand, starting at the query's page, until a page is empty or shorter than the page
   * size (as {@link TaskResource#listAll}). Each subscription starts again.
   */
  Flow.Publisher<Page<Task>> listAll(TaskQuery query);

  /** See {@link TaskResource#update(List)}. */
  CompletableFuture<List<Task>> update(List<Task> tasks);

  /** See {@link TaskResource#update(Task)}. */
  default CompletableFuture<Task> update(Task task) {
    return update(List.of(task)).thenApply(tasks -> tasks.get(0));
  }

  /** See {@link TaskResource#delete(Collection)}. */
  CompletableFuture<Void> delete(Collection<String> taskIds);

  /** See {@link TaskResource#delete(String...)}. */
  default CompletableFuture<Void> delete(String... taskIds) {
    return delete(Arrays.asList(taskIds));
  }

  /** See {@link TaskResource#setStatus(String, StatusCode)}; safe to retry. */
  CompletableFuture<Task> setStatus(String taskId, StatusCode status);

  /** See {@link TaskResource#markDone(String)}. */
  default CompletableFuture<Task> markDone(String taskId) {
    return setStatus(taskId, StatusCode.TASK_DONE);
  }

  /** See {@link TaskResource#markWontDo(String)}. */
  default CompletableFuture<Task> markWontDo(String taskId) {
    return setStatus(taskId, StatusCode.TASK_WONT_DO);
  }

  /** See {@link TaskResource#reopen(String)}. */
  default CompletableFuture<Task> reopen(String taskId) {
    return setStatus(taskId, StatusCode.TASK_IN_PROGRESS);
  }

  /** See {@link TaskResource#annotationCounts(String, String...)}. */
  CompletableFuture<TaskCounts> annotationCounts(String taskId, String... userIds);

  /** See {@link TaskResource#inputCounts(String, String...)}. */
  CompletableFuture<TaskCounts> inputCounts(String taskId, String... userIds);

  /**
   * Labeling and review on one task, asynchronously; see {@link TaskResource#assignments}.
   *
   * @throws IllegalStateException if the client has no app (task assignments exist only
   *     under {@code /v2/users/{user_id}/apps/{app_id}})
   */
  TaskAssignmentsAsync assignments(String taskId);

  /** See {@link TaskResource#withOptions(RequestOptions)}. */
  TaskResourceAsync withOptions(RequestOptions options);

  /** {@link #create(Task)} with {@code options} for this call. */
  default CompletableFuture<Task> create(Task task, RequestOptions options) {
    return withOptions(options).create(task);
  }

  /** {@link #create(List)} with {@code options} for this call. */
  default CompletableFuture<List<Task>> create(List<Task> tasks, RequestOptions options) {
    return withOptions(options).create(tasks);
  }

  /** {@link #get(String, AdditionalField...)} with {@code options} for this call. */
  default CompletableFuture<Task> get(String taskId, RequestOptions options,
      AdditionalField... additionalFields) {
    return withOptions(options).get(taskId, additionalFields);
  }

  /** {@link #list(TaskQuery)} with {@code options} for this call. */
  default CompletableFuture<Page<Task>> list(TaskQuery query, RequestOptions options) {
    return withOptions(options).list(query);
  }

  /** {@link #listAll(TaskQuery)} with {@code options} for this call. */
  default Flow.Publisher<Page<Task>> listAll(TaskQuery query, RequestOptions options) {
    return withOptions(options).listAll(query);
  }

  /** {@link #update(List)} with {@code options} for this call. */
  default CompletableFuture<List<Task>> update(List<Task> tasks, RequestOptions options) {
    return withOptions(options).update(tasks);
  }

  /** {@link #update(Task)} with {@code options} for this call. */
  default CompletableFuture<Task> update(Task task, RequestOptions options) {
    return withOptions(options).update(task);
  }

  /** {@link #delete(Collection)} with {@code options} for this call. */
  default CompletableFuture<Void> delete(Collection<String> taskIds,
      RequestOptions options) {
    return withOptions(options).delete(taskIds);
  }

  /** {@link #setStatus(String, StatusCode)} with {@code options} for this call. */
  default CompletableFuture<Task> setStatus(String taskId, StatusCode status,
      RequestOptions options) {
    return withOptions(options).setStatus(taskId, status);
  }

  /** {@link #markDone(String)} with {@code options} for this call. */
  default CompletableFuture<Task> markDone(String taskId, RequestOptions options) {
    return withOptions(options).markDone(taskId);
  }

  /** {@link #markWontDo(String)} with {@code options} for this call. */
  default CompletableFuture<Task> markWontDo(String taskId, RequestOptions options) {
    return withOptions(options).markWontDo(taskId);
  }

  /** {@link #reopen(String)} with {@code options} for this call. */
  default CompletableFuture<Task> reopen(String taskId, RequestOptions options) {
    return withOptions(options).reopen(taskId);
  }

  /** {@link #annotationCounts(String, String...)} with {@code options} for this call. */
  default CompletableFuture<TaskCounts> annotationCounts(String taskId,
      RequestOptions options, String... userIds) {
    return withOptions(options).annotationCounts(taskId, userIds);
  }

  /** {@link #inputCounts(String, String...)} with {@code options} for this call. */
  default CompletableFuture<TaskCounts> inputCounts(String taskId, RequestOptions options,
      String... userIds) {
    return withOptions(options).inputCounts(taskId, userIds);
  }

  /** {@link #assignments(String)} with {@code options} for this call. */
  default TaskAssignmentsAsync assignments(String taskId, RequestOptions options) {
    return withOptions(options).assignments(taskId);
  }
}
