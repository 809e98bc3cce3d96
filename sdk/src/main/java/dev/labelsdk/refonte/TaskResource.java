package dev.labelsdk.refonte;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.IdempotencyKeys;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PageResult;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Limits;
import dev.labelsdk.refonte.model.ReviewStatus;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskPage;
import dev.labelsdk.refonte.model.TaskStatus;
import dev.labelsdk.refonte.model.TaskType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;

/**
 * Tasks: {@code client.tasks()}. Every method has an overload taking {@link RequestOptions}.
 * Every call except {@link #audit} is retried on connection failures, 408, 429 and 5xx.
 */
public final class TaskResource {

  private static final Logger LOG = LoggerFactory.getLogger(TaskResource.class);

  private final RefonteService service;
  private final ApiExecutor executor;

  TaskResource(RefonteService service, ApiExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  /** Creates a task; see {@link #create(CreateTaskRequest, RequestOptions)}. */
  public Task create(CreateTaskRequest request) {
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
  public Task create(CreateTaskRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    RequestOptions merged = executor.merge(options);
    Map<String, String> headers = ApiExecutor.headers(merged);
    headers.put("Idempotency-Key", merged.idempotencyKey().orElseGet(IdempotencyKeys::generate));
    Call<ResponseBody> call =
        service.createTask(request.type().value(), request.toJson(), headers);
    Optional<String> uniqueId = request.uniqueId();
    return executor.execute(call, merged, true, Task::fromJson,
        (failure, earlier) -> recoverOwnDuplicate(failure, earlier, uniqueId, options));
  }

  /** Creates a task of {@code type} from a generic request built for the same type. */
  public Task create(TaskType type, CreateTaskRequest request, RequestOptions options) {
    if (!request.type().equals(type)) {
      throw new IllegalArgumentException("the request was built for type " + request.type()
          + ", not " + type);
    }
    return create(request, options);
  }

  private Optional<Task> recoverOwnDuplicate(ApiException failure,
      List<RuntimeException> earlier, Optional<String> uniqueId, RequestOptions options) {
    if (uniqueId.isEmpty() || !(failure instanceof DuplicateTaskException duplicate)
        || !duplicate.uniqueId().equals(uniqueId)
        || earlier.stream().noneMatch(ApiRecovery::mayHaveCommitted)) {
      return Optional.empty();
    }
    LOG.info("Create got 409 for its own unique_id after a failed attempt; returning the task"
        + " that attempt created ({})", duplicate.conflictingTaskId());
    List<Task> docs = list(TaskListRequest.builder().uniqueIds(uniqueId.get()).build(),
        ApiRecovery.withoutIdempotencyKey(options)).docs();
    return docs.stream().filter(t -> t.taskId().equals(duplicate.conflictingTaskId()))
        .findFirst().or(() -> docs.stream().findFirst());
  }

  /** Fetches a task; see {@link #get(String, RequestOptions)}. */
  public Task get(String taskId) {
    return get(taskId, RequestOptions.none());
  }

  /**
   * Fetches a task ({@code GET /v1/task/{id}}).
   *
   * @throws NotFoundException if there is no such task in this account
   */
  public Task get(String taskId, RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(
        service.getTask(PathSegments.require(taskId, "taskId"), ApiExecutor.headers(merged)),
        merged, Task::fromJson);
  }

  /** One page of tasks; see {@link #list(TaskListRequest, RequestOptions)}. */
  public TaskPage list(TaskListRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * One page of tasks, newest first ({@code GET /v1/tasks}). Continue with
   * {@code request.withNextToken(page.nextToken().get())}, or use {@link #listAll}.
   */
  public TaskPage list(TaskListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    RequestOptions merged = executor.merge(options);
    Call<ResponseBody> call = service.listTasks(
        request.startTime().orElse(null),
        request.endTime().orElse(null),
        request.completedAfter().orElse(null),
        request.completedBefore().orElse(null),
        request.updatedAfter().orElse(null),
        request.updatedBefore().orElse(null),
        request.status().map(TaskStatus::value).orElse(null),
        request.type().map(TaskType::value).orElse(null),
        request.project().orElse(null),
        request.batch().orElse(null),
        request.tags().isEmpty() ? null : request.tags(),
        request.uniqueIds().isEmpty() ? null : request.uniqueIds(),
        request.customerReviewStatusParameter().orElse(null),
        request.limit().orElse(null),
        request.includeAttachmentUrl().orElse(null),
        request.limitedResponse().orElse(null),
        request.nextToken().orElse(null),
        ApiExecutor.headers(merged));
    return executor.execute(call, merged, TaskPage::fromJson);
  }

  /** Every matching task, lazily; see {@link #listAll(TaskListRequest, RequestOptions)}. */
  public AutoPager<Task> listAll(TaskListRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Every matching task, newest first, as a lazy {@link Iterable} (and {@code stream()}):
   * a page is fetched only when the previous one has been consumed. Paging follows
   * {@code next_token} (starting at the request's own token, if it has one) and stops when
   * {@code has_more} is false, when the token is missing or empty, or when a token repeats.
   * Each iteration starts again from the first page.
   */
  public AutoPager<Task> listAll(TaskListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return AutoPager.of(cursor -> {
      TaskPage page = list(cursor.map(request::withNextToken).orElse(request), options);
      return new PageResult<>(page.docs(), page.hasMore(), page.nextToken());
    }, AutoPager.CURSOR_RULES);
  }

  /** Cancels a pending task, keeping its unique_id; see {@link #cancel(String, boolean)}. */
  public Task cancel(String taskId) {
    return cancel(taskId, false, RequestOptions.none());
  }

  /** Cancels a pending task; see {@link #cancel(String, boolean, RequestOptions)}. */
  public Task cancel(String taskId, boolean clearUniqueId) {
    return cancel(taskId, clearUniqueId, RequestOptions.none());
  }

  /**
   * Cancels a pending task ({@code POST /v1/task/{id}/cancel}). Cancelling a canceled task
   * is a no-op.
   *
   * @param clearUniqueId also free the task's unique_id for new tasks
   * @throws BadRequestException if the task is completed or errored
   */
  public Task cancel(String taskId, boolean clearUniqueId, RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.cancelTask(PathSegments.require(taskId, "taskId"),
        clearUniqueId ? Boolean.TRUE : null, ApiExecutor.headers(merged)), merged,
        Task::fromJson);
  }

  /** Replaces a task's metadata; see {@link #setMetadata(String, JsonObject, RequestOptions)}. */
  public Task setMetadata(String taskId, Map<String, ?> metadata) {
    return setMetadata(taskId, JsonObject.of(metadata), RequestOptions.none());
  }

  /** Replaces a task's metadata; see {@link #setMetadata(String, JsonObject, RequestOptions)}. */
  public Task setMetadata(String taskId, JsonObject metadata) {
    return setMetadata(taskId, metadata, RequestOptions.none());
  }

  /**
   * Replaces a task's metadata entirely ({@code POST /v1/task/{id}/setMetadata}); an empty
   * object clears it.
   *
   * @throws dev.labelsdk.refonte.model.InvalidRequestException if it exceeds 10 KB
   */
  public Task setMetadata(String taskId, JsonObject metadata, RequestOptions options) {
    Limits.requireValidMetadata(metadata);
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.setTaskMetadata(PathSegments.require(taskId, "taskId"),
        metadata.toNode(), ApiExecutor.headers(merged)), merged, Task::fromJson);
  }

  /** Sets a task's unique_id; see {@link #setUniqueId(String, String, RequestOptions)}. */
  public Task setUniqueId(String taskId, String uniqueId) {
    return setUniqueId(taskId, uniqueId, RequestOptions.none());
  }

  /**
   * Sets (or replaces) a task's unique_id ({@code POST /v1/task/{id}/unique_id}).
   *
   * @throws DuplicateTaskException if another task holds the value
   */
  public Task setUniqueId(String taskId, String uniqueId, RequestOptions options) {
    return setUniqueId(taskId, uniqueId, null, options);
  }

  /**
   * Sets (or replaces) a task's unique_id and whether it is freed when the task errors.
   *
   * @param clearUniqueIdOnError null to leave the setting as it is
   * @throws DuplicateTaskException if another task holds the value
   */
  public Task setUniqueId(String taskId, String uniqueId, Boolean clearUniqueIdOnError,
      RequestOptions options) {
    if (uniqueId == null || uniqueId.isEmpty()) {
      throw new IllegalArgumentException("uniqueId must not be empty; use clearUniqueId to"
          + " remove it");
    }
    ObjectNode body = JsonSupport.newObject().put("unique_id", uniqueId);
    if (clearUniqueIdOnError != null) {
      body.put("clear_unique_id_on_error", clearUniqueIdOnError);
    }
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.setUniqueId(PathSegments.require(taskId, "taskId"), body,
        ApiExecutor.headers(merged)), merged, Task::fromJson);
  }

  /** Removes a task's unique_id; see {@link #clearUniqueId(String, RequestOptions)}. */
  public Task clearUniqueId(String taskId) {
    return clearUniqueId(taskId, RequestOptions.none());
  }

  /** Removes a task's unique_id and frees the value ({@code DELETE .../unique_id}). */
  public Task clearUniqueId(String taskId, RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.clearUniqueId(PathSegments.require(taskId, "taskId"),
        ApiExecutor.headers(merged)), merged, Task::fromJson);
  }

  /** Replaces all tags; see {@link #setTags(String, Collection, RequestOptions)}. */
  public Task setTags(String taskId, Collection<String> tags) {
    return setTags(taskId, tags, RequestOptions.none());
  }

  /**
   * Replaces all of a task's tags ({@code POST .../tags}); duplicates collapse.
   *
   * @throws dev.labelsdk.refonte.model.InvalidRequestException for a blank tag or more than 5
   */
  public Task setTags(String taskId, Collection<String> tags, RequestOptions options) {
    Limits.requireValidTags(tags, true);
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.setTags(PathSegments.require(taskId, "taskId"),
        List.copyOf(tags), ApiExecutor.headers(merged)), merged, Task::fromJson);
  }

  /** Removes every tag ({@code POST .../tags} with {@code []}). */
  public Task clearTags(String taskId) {
    return setTags(taskId, List.of(), RequestOptions.none());
  }

  /** Adds tags; see {@link #addTags(String, Collection, RequestOptions)}. */
  public Task addTags(String taskId, Collection<String> tags) {
    return addTags(taskId, tags, RequestOptions.none());
  }

  /**
   * Adds the tags a task does not have yet ({@code PUT .../tags}).
   *
   * @throws BadRequestException if the result would exceed 5 tags
   */
  public Task addTags(String taskId, Collection<String> tags, RequestOptions options) {
    Limits.requireValidTags(tags, true);
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.addTags(PathSegments.require(taskId, "taskId"),
        List.copyOf(tags), ApiExecutor.headers(merged)), merged, Task::fromJson);
  }

  /** Removes tags; see {@link #deleteTags(String, Collection, RequestOptions)}. */
  public Task deleteTags(String taskId, Collection<String> tags) {
    return deleteTags(taskId, tags, RequestOptions.none());
  }

  /** Removes the given tags, ignoring absent ones ({@code DELETE .../tags} with a body). */
  public Task deleteTags(String taskId, Collection<String> tags, RequestOptions options) {
    Limits.requireValidTags(tags, false);
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.deleteTags(PathSegments.require(taskId, "taskId"),
        List.copyOf(tags), ApiExecutor.headers(merged)), merged, Task::fromJson);
  }

  /** Audits a completed task; see {@link #audit(String, boolean, String, RequestOptions)}. */
  public Task audit(String taskId, boolean accepted, String comments) {
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
  public Task audit(String taskId, boolean accepted, String comments, RequestOptions options) {
    ObjectNode body = JsonSupport.newObject().put("accepted", accepted);
    if (comments == null) {
      body.putNull("comments");
    } else {
      body.put("comments", comments);
    }
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.audit(PathSegments.require(taskId, "taskId"), body,
        ApiExecutor.headers(merged)), merged, false, Task::fromJson,
        (failure, earlier) -> Optional.empty());
  }
}
