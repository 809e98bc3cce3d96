package dev.labelsdk.refonte;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.IdempotencyKeys;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.RequestOptions;
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
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;

/** The {@link TaskResource} that calls the API. */
final class TaskResourceImpl implements TaskResource {

  private static final Logger LOG = LoggerFactory.getLogger(TaskResource.class);
  private final RefonteService service;
  private final ApiExecutor executor;

  TaskResourceImpl(RefonteService service, ApiExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  @Override
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

  @Override
  public Task get(String taskId, RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(
        service.getTask(PathSegments.require(taskId, "taskId"), ApiExecutor.headers(merged)),
        merged, Task::fromJson);
  }

  @Override
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


  @Override
  public Task cancel(String taskId, boolean clearUniqueId, RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.cancelTask(PathSegments.require(taskId, "taskId"),
        clearUniqueId ? Boolean.TRUE : null, ApiExecutor.headers(merged)), merged,
        Task::fromJson);
  }

  @Override
  public Task setMetadata(String taskId, JsonObject metadata, RequestOptions options) {
    Limits.requireValidMetadata(metadata);
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.setTaskMetadata(PathSegments.require(taskId, "taskId"),
        metadata.toNode(), ApiExecutor.headers(merged)), merged, Task::fromJson);
  }

  @Override
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

  @Override
  public Task clearUniqueId(String taskId, RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.clearUniqueId(PathSegments.require(taskId, "taskId"),
        ApiExecutor.headers(merged)), merged, Task::fromJson);
  }

  @Override
  public Task setTags(String taskId, Collection<String> tags, RequestOptions options) {
    Limits.requireValidTags(tags, true);
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.setTags(PathSegments.require(taskId, "taskId"),
        List.copyOf(tags), ApiExecutor.headers(merged)), merged, Task::fromJson);
  }

  @Override
  public Task addTags(String taskId, Collection<String> tags, RequestOptions options) {
    Limits.requireValidTags(tags, true);
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.addTags(PathSegments.require(taskId, "taskId"),
        List.copyOf(tags), ApiExecutor.headers(merged)), merged, Task::fromJson);
  }

  @Override
  public Task deleteTags(String taskId, Collection<String> tags, RequestOptions options) {
    Limits.requireValidTags(tags, false);
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.deleteTags(PathSegments.require(taskId, "taskId"),
        List.copyOf(tags), ApiExecutor.headers(merged)), merged, Task::fromJson);
  }

  @Override
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
