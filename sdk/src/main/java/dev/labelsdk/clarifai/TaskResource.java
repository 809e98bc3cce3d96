package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.AdditionalField;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskCounts;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.InvalidRequestException;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.bulk.BulkInput;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Tasks: {@code client.tasks()} (spec §7). Create, get, list (one page, or all of them lazily),
 * update, change status, delete, read counts, and work on a task's
 * {@link #assignments assignments}.
 */
public interface TaskResource {

  /**
   * Creates a task; see {@link #create(List)}.
   *
   * @return the task as created: its id, {@link StatusCode#TASK_IN_PROGRESS}, normalized fields
   */
  default Task create(Task task) {
    return create(List.of(task)).get(0);
  }

  /**
   * Creates tasks in one request ({@code POST .../tasks}): all or none. The server snapshots
   * each task's inputs and makes its assignments at once.
   *
   * <p>Each task is checked first (see {@link Task#problems()}). When every task has a client
   * id, failures are retried like any idempotent call, and a retry that finds its ids taken
   * after an attempt whose answer was lost returns the tasks that attempt created.
   *
   * @return the created tasks, in request order
   * @throws InvalidRequestException if a task can never be created (nothing is sent), or the
   *     server refuses it
   */
  List<Task> create(List<Task> tasks);

  /**
   * Fetches a task ({@code GET .../tasks/{id}}), with the extra fields asked for (e.g.
   * {@link AdditionalField#METRICS} for its progress).
   *
   * @throws NotFoundException if the app has no such task
   */
  Task get(String taskId, AdditionalField... additionalFields);

  /**
   * One page of tasks, newest first ({@code GET .../tasks}); list filters are sent as repeated
   * query parameters. Use {@link #listAll} to go through every page.
   */
  Page<Task> list(TaskQuery query);

  /**
   * Every matching task, newest first, as a lazy {@link Iterable} (and {@code stream()}): a
   * page is fetched only when the previous one has been consumed, starting at the query's
   * page, and paging stops after an empty page or one shorter than the page size. Each
   * iteration starts again from the first page.
   */
  default AutoPager<Task> listAll(TaskQuery query) {
    Objects.requireNonNull(query, "query");
    return Pages.all(query.page(), query.perPage(),
        (page, perPage) -> list(query.perPage(perPage).page(page)));
  }

  /**
   * Replaces tasks entirely ({@code PATCH .../tasks}, action {@code overwrite}), the only
   * update the API supports: start from the stored task with {@code toBuilder()}. Worker and
   * input-source changes are refused (54100) once work has started; review settings and other
   * fields may change at any time. A {@code status} set on the task changes it too.
   *
   * @return the updated tasks, in request order
   * @throws InvalidRequestException if a task has no id or can never work (nothing is sent)
   * @throws NotFoundException if a task does not exist (nothing changes)
   */
  List<Task> update(List<Task> tasks);

  /** Replaces one task; see {@link #update(List)}. */
  default Task update(Task task) {
    return update(List.of(task)).get(0);
  }

  /**
   * Sets a task's status ({@code PATCH .../tasks}, action {@code merge}, which changes only the
   * status). While a task is done or abandoned, labeling and review are refused.
   *
   * @param status {@link StatusCode#TASK_IN_PROGRESS}, {@link StatusCode#TASK_DONE} or
   *     {@link StatusCode#TASK_WONT_DO}
   */
  Task setStatus(String taskId, StatusCode status);

  /** Marks a task done ({@link StatusCode#TASK_DONE}). */
  default Task markDone(String taskId) {
    return setStatus(taskId, StatusCode.TASK_DONE);
  }

  /** Marks a task abandoned ({@link StatusCode#TASK_WONT_DO}). */
  default Task markWontDo(String taskId) {
    return setStatus(taskId, StatusCode.TASK_WONT_DO);
  }

  /** Reopens a done or abandoned task ({@link StatusCode#TASK_IN_PROGRESS}). */
  default Task reopen(String taskId) {
    return setStatus(taskId, StatusCode.TASK_IN_PROGRESS);
  }

  /** Deletes tasks; see {@link #delete(Collection)}. */
  default void delete(String... taskIds) {
    delete(Arrays.asList(taskIds));
  }

  /**
   * Deletes tasks and their assignments ({@code DELETE .../tasks}): all or none. Annotations
   * made for them are kept.
   *
   * @throws NotFoundException if any id is unknown (then nothing is deleted)
   */
  void delete(Collection<String> taskIds);

  /**
   * Each worker's task annotations by review state ({@code GET .../annotations/count}), in
   * worker order; only the given workers when any are named.
   */
  TaskCounts annotationCounts(String taskId, String... userIds);

  /**
   * Each worker's assignments by state ({@code GET .../inputs/count}): pending, awaiting
   * review, awaiting consensus, approved, rejected.
   */
  TaskCounts inputCounts(String taskId, String... userIds);

  /**
   * Labeling and review on one task, as the caller (the key's user).
   *
   * @throws IllegalStateException if the client has no app id: the route exists only under
   *     {@code /v2/users/{user}/apps/{app}}
   */
  TaskAssignments assignments(String taskId);

  /**
   * This resource with {@code options} over the client's (timeout, retries, extra headers)
   * for every call made through it; a call's own {@code RequestOptions} go on top.
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key (it belongs
   *     to one call)
   */
  TaskResource withOptions(RequestOptions options);

  /** {@link #create(Task)} with {@code options} for this call. */
  default Task create(Task task, RequestOptions options) {
    return withOptions(options).create(task);
  }

  /** {@link #create(List)} with {@code options} for this call. */
  default List<Task> create(List<Task> tasks, RequestOptions options) {
    return withOptions(options).create(tasks);
  }

  /** {@link #get(String, AdditionalField[])} with {@code options} for this call. */
  default Task get(String taskId, RequestOptions options, AdditionalField... additionalFields) {
    return withOptions(options).get(taskId, additionalFields);
  }

  /** {@link #list(TaskQuery)} with {@code options} for this call. */
  default Page<Task> list(TaskQuery query, RequestOptions options) {
    return withOptions(options).list(query);
  }

  /** {@link #listAll(TaskQuery)} with {@code options} for this call. */
  default AutoPager<Task> listAll(TaskQuery query, RequestOptions options) {
    return withOptions(options).listAll(query);
  }

  /** {@link #update(List)} with {@code options} for this call. */
  default List<Task> update(List<Task> tasks, RequestOptions options) {
    return withOptions(options).update(tasks);
  }

  /** {@link #update(Task)} with {@code options} for this call. */
  default Task update(Task task, RequestOptions options) {
    return withOptions(options).update(task);
  }

  /** {@link #setStatus(String, StatusCode)} with {@code options} for this call. */
  default Task setStatus(String taskId, StatusCode status, RequestOptions options) {
    return withOptions(options).setStatus(taskId, status);
  }

  /** {@link #markDone(String)} with {@code options} for this call. */
  default Task markDone(String taskId, RequestOptions options) {
    return withOptions(options).markDone(taskId);
  }

  /** {@link #markWontDo(String)} with {@code options} for this call. */
  default Task markWontDo(String taskId, RequestOptions options) {
    return withOptions(options).markWontDo(taskId);
  }

  /** {@link #reopen(String)} with {@code options} for this call. */
  default Task reopen(String taskId, RequestOptions options) {
    return withOptions(options).reopen(taskId);
  }

  /** {@link #delete(Collection)} with {@code options} for this call. */
  default void delete(Collection<String> taskIds, RequestOptions options) {
    withOptions(options).delete(taskIds);
  }

  /** {@link #annotationCounts(String, String[])} with {@code options} for this call. */
  default TaskCounts annotationCounts(String taskId, RequestOptions options, String... userIds) {
    return withOptions(options).annotationCounts(taskId, userIds);
  }

  /** {@link #inputCounts(String, String[])} with {@code options} for this call. */
  default TaskCounts inputCounts(String taskId, RequestOptions options, String... userIds) {
    return withOptions(options).inputCounts(taskId, userIds);
  }

  /** {@link #assignments(String)} with {@code options} for this call. */
  default TaskAssignments assignments(String taskId, RequestOptions options) {
    return withOptions(options).assignments(taskId);
  }

  /**
   * The tasks one {@code POST .../tasks} carries in {@code submitAll} unless told otherwise.
   * Clarifai documents no limit; a task create does more work than an input's (it snapshots
   * its inputs and builds assignments), so batches stay shorter than the 128 of inputs.
   */
  int BULK_BATCH_SIZE = 32;

  /**
   * Creates many tasks, asynchronously, on the shared bulk engine: {@link #BULK_BATCH_SIZE}
   * tasks a {@code POST .../tasks} (PostTasks takes a list), at most
   * {@link BulkOptions#concurrency()} requests in flight, every attempt paced by one adaptive
   * rate that a 429 (11005) cuts for all of them and holds for its {@code Retry-After}. The
   * limit counts requests, so a run carries up to {@code BULK_BATCH_SIZE} tasks per request the
   * limit allows.
   *
   * <p>Exactly once by task id: a task without an id is sent with one derived from the run id
   * and its content ({@code bulk-<hex>}), so every create is retried like an idempotent call.
   * A create of several tasks is all or none, so a batch that fails is sorted out per task: a
   * retry that meets its own ids after a lost answer is recovered as {@link #create(List)}
   * does ({@code CREATED}); other 40010s are resolved by one listing of the batch's ids: the
   * tasks the app already had (e.g. from an earlier run with the same run id or checkpoint) are
   * {@code ALREADY_EXISTED} and the rest are sent again; a batch refused because of a task
   * (400/404) is split until that task fails alone ({@code FAILED} with its exception). A task
   * whose {@code problems()} are not empty fails without being sent.
   *
   * @return the running job: its {@code result()} (per task) and {@code cancel()}
   */
  default BulkJob<Task> submitAll(List<Task> tasks, BulkOptions options) {
    return submitAll(BulkInput.of(tasks), options);
  }

  /**
   * {@link #submitAll(List, BulkOptions)} with {@code batchSize} tasks a request (1 to
   * {@link InputResource#MAX_BATCH_SIZE}; 1 sends every task alone).
   */
  default BulkJob<Task> submitAll(List<Task> tasks, int batchSize, BulkOptions options) {
    return submitAll(BulkInput.of(tasks), batchSize, options);
  }

  /**
   * {@link #submitAll(List, BulkOptions)} over any {@link Iterable}: a collection as a list,
   * anything else read lazily as {@link #submitAll(Iterator, BulkOptions)}.
   */
  default BulkJob<Task> submitAll(Iterable<Task> tasks, BulkOptions options) {
    return submitAll(BulkInput.of(tasks), options);
  }

  /**
   * {@link #submitAll(List, BulkOptions)} over a streamed input: the tasks are read a batch at
   * a time when a slot is free, and the result keeps only the failed outcomes (see
   * {@link BulkInput}).
   */
  default BulkJob<Task> submitAll(Iterator<Task> tasks, BulkOptions options) {
    return submitAll(BulkInput.of(tasks), options);
  }

  /** {@link #submitAll(Iterator, BulkOptions)} over a stream, closed when the run ends. */
  default BulkJob<Task> submitAll(Stream<Task> tasks, BulkOptions options) {
    return submitAll(BulkInput.of(tasks), options);
  }

  /** {@link #submitAll(BulkInput, int, BulkOptions)} with {@link #BULK_BATCH_SIZE}. */
  default BulkJob<Task> submitAll(BulkInput<Task> tasks, BulkOptions options) {
    return submitAll(tasks, BULK_BATCH_SIZE, options);
  }

  /** What every {@code submitAll} overload runs, {@code batchSize} tasks a request. */
  default BulkJob<Task> submitAll(BulkInput<Task> tasks, int batchSize, BulkOptions options) {
    throw new UnsupportedOperationException("submitAll is implemented by the client's own"
        + " TaskResource");
  }
}
