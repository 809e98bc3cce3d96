package dev.labelsdk.refonte;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.IdempotencyKeys;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.RetryClassifier;
import dev.labelsdk.core.bulk.BulkInput;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Limits;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link TaskResource} that calls the API. */
final class TaskResourceImpl extends RefonteResource<TaskResource> implements TaskResource {

  private static final Logger LOG = LoggerFactory.getLogger(TaskResource.class);
  /** Decodes every answer that is one task, sync or async. */
  static final Decoder<Task> TASK = JsonSupport.decoder(Task.class);

  TaskResourceImpl(RefonteService service, CallExecutor executor) {
    super(service, executor, TaskResourceImpl::new);
  }

  @Override
  public Task create(CreateTaskRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    CallExecutor call = executor.with(options);
    Optional<String> uniqueId = request.uniqueId();
    return call.execute(RefonteProtocol.RETRYABLE, createCalls(service, request, call),
        JsonSupport.decoder(Task.class),
        (failure, earlier) -> ownDuplicate(failure, earlier, uniqueId)
            .flatMap(duplicate -> ownTask(duplicate, list(TaskListRequest.builder()
                .uniqueIds(uniqueId.get()).build(),
                ApiRecovery.withoutIdempotencyKey(options)).docs())));
  }

  /**
   * The calls of one create, sync or async: one key per logical call, which every attempt
   * sends, so a retry cannot create a second task.
   */
  static CallExecutor.CallFactory createCalls(RefonteService service, CreateTaskRequest request,
      CallExecutor call) {
    String key = call.options().idempotencyKey().orElseGet(IdempotencyKeys::generate);
    ObjectNode body = request.toJson();
    return headers -> {
      headers.put("Idempotency-Key", key);
      return service.createTask(request.type().value(), body, headers);
    };
  }

  /**
   * The recovery decision of both paths: the 409 of a create is its own doing when it names
   * the request's unique_id and an earlier attempt may have committed (5xx or no answer).
   */
  static Optional<DuplicateTaskException> ownDuplicate(ApiException failure,
      List<RuntimeException> earlier, Optional<String> uniqueId) {
    if (uniqueId.isEmpty() || !(failure instanceof DuplicateTaskException duplicate)
        || !duplicate.uniqueId().equals(uniqueId)
        || earlier.stream().noneMatch(ApiRecovery::mayHaveCommitted)) {
      return Optional.empty();
    }
    LOG.info("Create got 409 for its own unique_id after a failed attempt; returning the task"
        + " that attempt created ({})", duplicate.conflictingTaskId());
    return Optional.of(duplicate);
  }

  /** The task the 409 named, among those listed for its unique_id. */
  static Optional<Task> ownTask(DuplicateTaskException duplicate, List<Task> docs) {
    return docs.stream().filter(t -> t.taskId().equals(duplicate.conflictingTaskId()))
        .findFirst().or(() -> docs.stream().findFirst());
  }

  @Override
  public BulkJob<Task> submitAll(BulkInput<CreateTaskRequest> requests, BulkOptions options) {
    Objects.requireNonNull(requests, "requests");
    Objects.requireNonNull(options, "options");
    return BulkTaskSubmitter.start(service, executor, requests, options);
  }

  @Override
  public Task get(String taskId, RequestOptions options) {
    return retryable(options, at(taskId, "taskId", service::getTask), TASK);
  }

  @Override
  public TaskPage list(TaskListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return retryable(options, listCalls(service, request), JsonSupport.decoder(TaskPage.class));
  }

  /** The calls of one list page, sync or async. */
  static CallExecutor.CallFactory listCalls(RefonteService service, TaskListRequest request) {
    return headers -> service.listTasks(
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
        headers);
  }

  @Override
  public Task cancel(String taskId, boolean clearUniqueId, RequestOptions options) {
    Boolean clear = clearUniqueId ? Boolean.TRUE : null;
    return retryable(options,
        at(taskId, "taskId", (id, headers) -> service.cancelTask(id, clear, headers)),
        TASK);
  }

  @Override
  public Task setMetadata(String taskId, JsonObject metadata, RequestOptions options) {
    return retryable(options, setMetadataCalls(service, taskId, metadata), TASK);
  }

  /** The calls of a metadata change, validated before anything is sent (sync or async). */
  static CallExecutor.CallFactory setMetadataCalls(RefonteService service, String taskId,
      JsonObject metadata) {
    Limits.requireValidMetadata(metadata);
    String id = PathSegments.require(taskId, "taskId");
    return headers -> service.setTaskMetadata(id, metadata.toNode(), headers);
  }

  @Override
  public Task setUniqueId(String taskId, String uniqueId, Boolean clearUniqueIdOnError,
      RequestOptions options) {
    return retryable(options,
        setUniqueIdCalls(service, taskId, uniqueId, clearUniqueIdOnError), TASK);
  }

  /** The calls of a unique_id change, validated before anything is sent (sync or async). */
  static CallExecutor.CallFactory setUniqueIdCalls(RefonteService service, String taskId,
      String uniqueId, Boolean clearUniqueIdOnError) {
    if (uniqueId == null || uniqueId.isEmpty()) {
      throw new IllegalArgumentException("uniqueId must not be empty; use clearUniqueId to"
          + " remove it");
    }
    String id = PathSegments.require(taskId, "taskId");
    ObjectNode body = JsonSupport.newObject().put("unique_id", uniqueId);
    if (clearUniqueIdOnError != null) {
      body.put("clear_unique_id_on_error", clearUniqueIdOnError);
    }
    return headers -> service.setUniqueId(id, body, headers);
  }

  @Override
  public Task clearUniqueId(String taskId, RequestOptions options) {
    return retryable(options, at(taskId, "taskId", service::clearUniqueId), TASK);
  }

  @Override
  public Task setTags(String taskId, Collection<String> tags, RequestOptions options) {
    return retryable(options, tagCalls(taskId, tags, true, service::setTags), TASK);
  }

  @Override
  public Task addTags(String taskId, Collection<String> tags, RequestOptions options) {
    return retryable(options, tagCalls(taskId, tags, true, service::addTags), TASK);
  }

  @Override
  public Task deleteTags(String taskId, Collection<String> tags, RequestOptions options) {
    return retryable(options, tagCalls(taskId, tags, false, service::deleteTags), TASK);
  }

  /**
   * The calls of one of the three tag routes, validated before anything is sent (sync or
   * async); {@code wholeSet} as in {@link Limits#requireValidTags}.
   */
  static CallExecutor.CallFactory tagCalls(String taskId, Collection<String> tags,
      boolean wholeSet, TagCall call) {
    Limits.requireValidTags(tags, wholeSet);
    String id = PathSegments.require(taskId, "taskId");
    List<String> values = List.copyOf(tags);
    return headers -> call.send(id, values, headers);
  }

  /** A tag route of the service: task id, tags, headers. */
  @FunctionalInterface
  interface TagCall {
    okhttp3.Call send(String id, List<String> tags,
        java.util.Map<String, String> headers);
  }

  @Override
  public Task audit(String taskId, boolean accepted, String comments, RequestOptions options) {
    // An audit appends a record: never sent twice.
    return executor.with(options).execute(RetryClassifier.NEVER,
        auditCalls(service, taskId, accepted, comments), JsonSupport.decoder(Task.class));
  }

  /** The calls of an audit (sync or async); run them with {@link RetryClassifier#NEVER}. */
  static CallExecutor.CallFactory auditCalls(RefonteService service, String taskId,
      boolean accepted, String comments) {
    String id = PathSegments.require(taskId, "taskId");
    ObjectNode body = JsonSupport.newObject().put("accepted", accepted);
    if (comments == null) {
      body.putNull("comments");
    } else {
      body.put("comments", comments);
    }
    return headers -> service.audit(id, body, headers);
  }
}
