package dev.labelsdk.refonte;

import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.bulk.BulkInput;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.ReviewStatus;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskPage;
import dev.labelsdk.refonte.model.TaskType;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Tasks: {@code client.tasks()}. Every method has an overload taking {@link RequestOptions}.
 * Every call except {@link #audit} is retried on connection failures, 408, 429 and 5xx.
 */
public interface TaskResource {

  /** Creates a task; see {@link #create(CreateTaskRequest, RequestOptions)}. */
  default Task create(CreateTaskRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates a task ({@code POST /v1/task/{type}}); the answer is {@code pending}.
   *
   * <p>Every attempt carries the same {@code Idempotency-Key} (the one in {@code options}, or
   * a UUID made for this call), so a retry after a lost response gets the saved answer
   * instead of creating a second task. If a retry after a 5xx or connection failure hits a
   * 409 for this request's own {@code unique_id}, the earlier attempt did create the task:
   * it is looked up by unique_id and returned.
   *
   * @throws DuplicateTaskException if another task holds the unique_id
   * @throws dev.labelsdk.core.ApiException for any other failure (see its subclasses)
   */
  Task create(CreateTaskRequest request, RequestOptions options);

  /** Creates a task of {@code type} from a generic request built for the same type. */
  default Task create(TaskType type, CreateTaskRequest request, RequestOptions options) {
    if (!request.type().equals(type)) {
      throw new IllegalArgumentException("the request was built for type " + request.type()
          + ", not " + type);
    }
    return create(request, options);
  }

  /** Fetches a task; see {@link #get(String, RequestOptions)}. */
  default Task get(String taskId) {
    return get(taskId, RequestOptions.none());
  }

  /**
   * Fetches a task ({@code GET /v1/task/{id}}).
   *
   * @throws NotFoundException if there is no such task in this account
   */
  Task get(String taskId, RequestOptions options);

  /** One page of tasks; see {@link #list(TaskListRequest, RequestOptions)}. */
  default TaskPage list(TaskListRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * One page of tasks, newest first ({@code GET /v1/tasks}). Continue with
   * {@code request.withNextToken(page.nextToken().get())}, or use {@link #listAll}.
   */
  TaskPage list(TaskListRequest request, RequestOptions options);

  /** Every matching task, lazily; see {@link #listAll(TaskListRequest, RequestOptions)}. */
  default AutoPager<Task> listAll(TaskListRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Every matching task, newest first, as a lazy {@link Iterable} (and {@code stream()}):
   * a page is fetched only when the previous one has been consumed. Paging follows
   * {@code next_token} (starting at the request's own token, if it has one) and stops when
   * {@code has_more} is false, when the token is missing or empty, or when a token repeats.
   * Each iteration starts again from the first page.
   */
  default AutoPager<Task> listAll(TaskListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return AutoPager.of(cursor -> list(cursor.map(request::withNextToken).orElse(request),
        options), AutoPager.CURSOR_RULES);
  }

  /** Cancels a pending task, keeping its unique_id; see {@link #cancel(String, boolean)}. */
  default Task cancel(String taskId) {
    return cancel(taskId, false, RequestOptions.none());
  }

  /** Cancels a pending task; see {@link #cancel(String, boolean, RequestOptions)}. */
  default Task cancel(String taskId, boolean clearUniqueId) {
    return cancel(taskId, clearUniqueId, RequestOptions.none());
  }

  /**
   * Cancels a pending task ({@code POST /v1/task/{id}/cancel}). Cancelling a canceled task
   * is a no-op.
   *
   * @param clearUniqueId also free the task's unique_id for new tasks
   * @throws BadRequestException if the task is completed or errored
   */
  Task cancel(String taskId, boolean clearUniqueId, RequestOptions options);

  /** Replaces a task's metadata; see {@link #setMetadata(String, JsonObject, RequestOptions)}. */
  default Task setMetadata(String taskId, Map<String, ?> metadata) {
    return setMetadata(taskId, JsonObject.of(metadata), RequestOptions.none());
  }

  /** Replaces a task's metadata; see {@link #setMetadata(String, JsonObject, RequestOptions)}. */
  default Task setMetadata(String taskId, JsonObject metadata) {
    return setMetadata(taskId, metadata, RequestOptions.none());
  }

  /**
   * Replaces a task's metadata entirely ({@code POST /v1/task/{id}/setMetadata}); an empty
   * object clears it.
   *
   * @throws dev.labelsdk.refonte.model.InvalidRequestException if it exceeds 10 KB
   */
  Task setMetadata(String taskId, JsonObject metadata, RequestOptions options);

  /** Sets a task's unique_id; see {@link #setUniqueId(String, String, RequestOptions)}. */
  default Task setUniqueId(String taskId, String uniqueId) {
    return setUniqueId(taskId, uniqueId, RequestOptions.none());
  }

  /**
   * Sets (or replaces) a task's unique_id ({@code POST /v1/task/{id}/unique_id}).
   *
   * @throws DuplicateTaskException if another task holds the value
   */
  default Task setUniqueId(String taskId, String uniqueId, RequestOptions options) {
    return setUniqueId(taskId, uniqueId, null, options);
  }

  /**
   * Sets (or replaces) a task's unique_id and whether it is freed when the task errors.
   *
   * @param clearUniqueIdOnError null to leave the setting as it is
   * @throws DuplicateTaskException if another task holds the value
   */
  Task setUniqueId(String taskId, String uniqueId, Boolean clearUniqueIdOnError,
      RequestOptions options);

  /** Removes a task's unique_id; see {@link #clearUniqueId(String, RequestOptions)}. */
  default Task clearUniqueId(String taskId) {
    return clearUniqueId(taskId, RequestOptions.none());
  }

  /** Removes a task's unique_id and frees the value ({@code DELETE .../unique_id}). */
  Task clearUniqueId(String taskId, RequestOptions options);

  /** Replaces all tags; see {@link #setTags(String, Collection, RequestOptions)}. */
  default Task setTags(String taskId, Collection<String> tags) {
    return setTags(taskId, tags, RequestOptions.none());
  }

  /**
   * Replaces all of a task's tags ({@code POST .../tags}); duplicates collapse.
   *
   * @throws dev.labelsdk.refonte.model.InvalidRequestException for a blank tag or more than 5
   */
  Task setTags(String taskId, Collection<String> tags, RequestOptions options);

  /** Removes every tag ({@code POST .../tags} with {@code []}). */
  default Task clearTags(String taskId) {
    return setTags(taskId, List.of(), RequestOptions.none());
  }

  /** Adds tags; see {@link #addTags(String, Collection, RequestOptions)}. */
  default Task addTags(String taskId, Collection<String> tags) {
    return addTags(taskId, tags, RequestOptions.none());
  }

  /**
   * Adds the tags a task does not have yet ({@code PUT .../tags}).
   *
   * @throws BadRequestException if the result would exceed 5 tags
   */
  Task addTags(String taskId, Collection<String> tags, RequestOptions options);

  /** Removes tags; see {@link #deleteTags(String, Collection, RequestOptions)}. */
  default Task deleteTags(String taskId, Collection<String> tags) {
    return deleteTags(taskId, tags, RequestOptions.none());
  }

  /** Removes the given tags, ignoring absent ones ({@code DELETE .../tags} with a body). */
  Task deleteTags(String taskId, Collection<String> tags, RequestOptions options);

  /** Audits a completed task; see {@link #audit(String, boolean, String, RequestOptions)}. */
  default Task audit(String taskId, boolean accepted, String comments) {
    return audit(taskId, accepted, comments, RequestOptions.none());
  }

  /**
   * Records your review of a completed task ({@code POST .../audit}): sets
   * {@code customer_review_status} to {@link ReviewStatus#ACCEPTED} or
   * {@link ReviewStatus#REJECTED} and adds an audit record. Never retried, since each call
   * appends a record.
   *
   * @param comments optional comments (null for none)
   * @throws BadRequestException if the task is not completed
   */
  Task audit(String taskId, boolean accepted, String comments, RequestOptions options);

  /**
   * This resource with {@code options} over the client's (timeout, retries, extra headers)
   * for every call made through it; a call's own {@code RequestOptions} go on top.
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key (it belongs
   *     to one call)
   */
  TaskResource withOptions(RequestOptions options);

  /**
   * Submits many creates ({@code POST /v1/task/{type}} each), asynchronously: at most
   * {@link BulkOptions#concurrency()} in flight; every attempt paced by one adaptive rate
   * that a 429 cuts for all of them (and holds them for its {@code Retry-After}) and that
   * recovers as answers succeed; each item sent with a key derived from the run id, its
   * position and content (or identified by its {@code unique_id}), so that retries, lost
   * answers and reruns never create a duplicate. A 409 on an item's own unique_id is
   * {@code ALREADY_EXISTED}. With a checkpoint file, a rerun skips what the file records.
   *
   * <pre>{@code
   * BulkResult<Task> result = client.tasks().submitAll(requests, BulkOptions.builder()
   *     .concurrency(32).checkpoint(Path.of("import.ckpt")).build()).join();
   * }</pre>
   *
   * @return the running job: its {@code result()}, and {@code cancel()} for a clean stop
   */
  default BulkJob<Task> submitAll(List<CreateTaskRequest> requests, BulkOptions options) {
    return submitAll(BulkInput.of(requests), options);
  }

  /**
   * {@link #submitAll(List, BulkOptions)} over any {@link Iterable}: a collection as a list;
   * anything else is read lazily, as {@link #submitAll(Iterator, BulkOptions)}.
   */
  default BulkJob<Task> submitAll(Iterable<CreateTaskRequest> requests, BulkOptions options) {
    return submitAll(BulkInput.of(requests), options);
  }

  /**
   * {@link #submitAll(List, BulkOptions)} over a streamed input, for more items than memory
   * holds: the next request is read only when a slot is free (at most
   * {@link BulkOptions#concurrency()} read and unfinished), and the result keeps only the
   * failed outcomes (the counts cover all; a checkpoint file records the rest). An item
   * without a unique_id is identified by its position, so a rerun must read the same items
   * in the same order.
   */
  default BulkJob<Task> submitAll(Iterator<CreateTaskRequest> requests, BulkOptions options) {
    return submitAll(BulkInput.of(requests), options);
  }

  /**
   * {@link #submitAll(Iterator, BulkOptions)} over a stream, which is closed when the
   * submission ends.
   */
  default BulkJob<Task> submitAll(Stream<CreateTaskRequest> requests, BulkOptions options) {
    return submitAll(BulkInput.of(requests), options);
  }

  /** What every {@code submitAll} overload runs; see {@link BulkInput}. */
  default BulkJob<Task> submitAll(BulkInput<CreateTaskRequest> requests, BulkOptions options) {
    throw new UnsupportedOperationException("submitAll is implemented by the client's own"
        + " TaskResource");
  }
}
