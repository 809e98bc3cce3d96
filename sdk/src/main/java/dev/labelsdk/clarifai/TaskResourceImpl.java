package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.AdditionalField;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskCounts;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.clarifai.model.UserListForm;
import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.InvalidRequestException;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.bulk.BulkInput;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link TaskResource} that calls the API. */
final class TaskResourceImpl extends ClarifaiResource<TaskResource> implements TaskResource {

  private static final Logger LOG = LoggerFactory.getLogger(TaskResource.class);
  /** Fields the server sets; requests leave them out. */
  private static final List<String> SERVER_SET =
      List.of("created_at", "modified_at", "app_id", "user_id", "metrics");
  /** Decodes a count answer of either route, sync or async. */
  static final Decoder<TaskCounts> COUNTS = Decoder.tree(TaskCounts::fromJson);

  private final UserListForm userListForm;
  private final boolean appBound;

  TaskResourceImpl(ClarifaiService service, CallExecutor executor, UserListForm userListForm,
      boolean appBound) {
    super(service, executor, (s, e) -> new TaskResourceImpl(s, e, userListForm, appBound));
    this.userListForm = userListForm;
    this.appBound = appBound;
  }

  @Override
  public List<Task> create(List<Task> tasks) {
    Create create = createRequest(tasks);
    return executor.execute(create.safety(),
        headers -> service.postTasks(create.body(), headers), Responses.list("tasks", Task::fromJson),
        (failure, earlier) -> create.mayRecover(failure, earlier)
            ? create.created(list(create.createdQuery()).items()) : Optional.empty());
  }

  /**
   * A create's request: its body and the tasks' ids, and the recovery of both paths (sync and
   * async): after a lost answer the retry meets its own ids (40010), and the tasks that
   * attempt created are fetched instead.
   */
  record Create(ObjectNode body, List<String> ids) {

    /** True when every task has a client id: then retries are safe. */
    boolean clientIds() {
      return ids.stream().noneMatch(String::isEmpty);
    }

    Safety safety() {
      return clientIds() ? Safety.IDEMPOTENT : Safety.CREATES_WITHOUT_IDS;
    }

    /** True when {@code failure} is this create's own ids, met after a lost answer. */
    boolean mayRecover(ApiException failure, List<RuntimeException> earlier) {
      return clientIds() && ClarifaiRecovery.metOwnIds(failure, earlier);
    }

    /** The listing that finds the created tasks. */
    TaskQuery createdQuery() {
      return TaskQuery.all().ids(ids.toArray(String[]::new)).includingLabelOrderTasks()
          .perPage(Math.min(Page.MAX_PER_PAGE, ids.size()));
    }

    /** The created tasks in request order, if {@code found} holds them all. */
    Optional<List<Task>> created(List<Task> found) {
      Map<String, Task> byId = new LinkedHashMap<>();
      found.forEach(t -> byId.put(t.id(), t));
      if (!byId.keySet().containsAll(ids)) {
        return Optional.empty(); // someone else holds an id: report the conflict
      }
      LOG.info("A retried create found its task ids taken after a lost answer; returning the"
          + " tasks the earlier attempt created ({})", ids);
      return Optional.of(ids.stream().map(byId::get).toList());
    }
  }

  /** The request of {@link #create(List)}, shared with the async create. */
  Create createRequest(List<Task> tasks) {
    List<Task> checked = checked(tasks, false);
    ObjectNode body = JsonSupport.newObject();
    ArrayNode array = body.putArray("tasks");
    checked.forEach(t -> {
      ObjectNode json = requestJson(t);
      json.remove("status"); // the server sets it on create
      array.add(json);
    });
    return new Create(body, checked.stream().map(Task::id).toList());
  }

  @Override
  public BulkJob<Task> submitAll(BulkInput<Task> tasks, int batchSize, BulkOptions options) {
    return BulkBatchSubmitter.start(BulkTaskSubmitter.kind(this, service), executor, tasks,
        batchSize, options);
  }

  @Override
  public Task get(String taskId, AdditionalField... additionalFields) {
    return executor.execute(Safety.IDEMPOTENT, getCalls(taskId, additionalFields),
        Responses.single("task", Task.class));
  }

  /** The calls of one get, sync or async. */
  CallExecutor.CallFactory getCalls(String taskId, AdditionalField... additionalFields) {
    PathSegments.require(taskId, "taskId");
    List<String> fields = additionalFieldValues(additionalFields);
    return headers -> service.getTask(taskId, fields.isEmpty() ? null : fields, headers);
  }

  @Override
  public Page<Task> list(TaskQuery query) {
    Objects.requireNonNull(query, "query");
    return Pages.of(executor.execute(Safety.IDEMPOTENT, listCalls(query),
        Responses.list("tasks", Task.class)), query.page(), query.perPage());
  }

  /** The calls of one list page, sync or async. */
  CallExecutor.CallFactory listCalls(TaskQuery query) {
    int perPage = query.perPage().orElse(Page.DEFAULT_PER_PAGE);
    int page = query.page().orElse(1);
    return headers -> service.listTasks(
            query.page().isPresent() ? page : null,
            query.perPage().isPresent() ? perPage : null,
            nullIfEmpty(query.workerUserIds()),
            nullIfEmpty(query.reviewUserIds()),
            nullIfEmpty(query.ids()),
            query.inputSourceType().map(t -> t.toJson().asText()).orElse(null),
            nullIfEmpty(query.inputSourceIds()),
            nullIfEmpty(query.labelOrderIds()),
            query.isIncludingLabelOrderTasks() ? Boolean.TRUE : null,
            nullIfEmpty(query.additionalFieldValues()),
            headers);
  }

  @Override
  public List<Task> update(List<Task> tasks) {
    ObjectNode body = updateBody(tasks);
    return executor.execute(Safety.IDEMPOTENT,
        headers -> service.patchTasks(body, headers), Responses.list("tasks", Task::fromJson));
  }

  /** The body of {@link #update(List)}, shared with the async update. */
  ObjectNode updateBody(List<Task> tasks) {
    List<Task> checked = checked(tasks, true);
    ObjectNode body = JsonSupport.newObject().put("action", "overwrite");
    ArrayNode array = body.putArray("tasks");
    checked.forEach(t -> array.add(requestJson(t)));
    return body;
  }

  @Override
  public Task setStatus(String taskId, StatusCode status) {
    // Setting a status twice is harmless: safe to retry.
    return executor.execute(Safety.IDEMPOTENT, setStatusCalls(taskId, status),
        Responses.list("tasks", Task.class)).get(0);
  }

  /**
   * The calls of a status change (sync or async): {@code action merge} changes only the
   * status; the answer's one task is the result.
   */
  CallExecutor.CallFactory setStatusCalls(String taskId, StatusCode status) {
    PathSegments.require(taskId, "taskId");
    Objects.requireNonNull(status, "status");
    ObjectNode body = JsonSupport.newObject().put("action", "merge");
    ObjectNode task = body.putArray("tasks").addObject().put("id", taskId);
    task.putObject("status").set("code", status.toJson());
    return headers -> service.patchTasks(body, headers);
  }

  @Override
  public void delete(Collection<String> taskIds) {
    delete(service::deleteTasks, "ids", taskIds, "task id");
  }

  @Override
  public TaskCounts annotationCounts(String taskId, String... userIds) {
    return executor.execute(Safety.IDEMPOTENT, annotationCountsCalls(taskId, userIds), COUNTS);
  }

  @Override
  public TaskCounts inputCounts(String taskId, String... userIds) {
    return executor.execute(Safety.IDEMPOTENT, inputCountsCalls(taskId, userIds), COUNTS);
  }

  /** The calls of {@link #annotationCounts}, sync or async. */
  CallExecutor.CallFactory annotationCountsCalls(String taskId, String... userIds) {
    PathSegments.require(taskId, "taskId");
    List<String> users = nullIfEmpty(Arrays.asList(userIds));
    return headers -> service.taskAnnotationCount(taskId, users, headers);
  }

  /** The calls of {@link #inputCounts}, sync or async. */
  CallExecutor.CallFactory inputCountsCalls(String taskId, String... userIds) {
    PathSegments.require(taskId, "taskId");
    List<String> users = nullIfEmpty(Arrays.asList(userIds));
    return headers -> service.taskInputCount(taskId, users, headers);
  }

  @Override
  public TaskAssignmentsImpl assignments(String taskId) {
    PathSegments.require(taskId, "taskId");
    if (!appBound) {
      throw new IllegalStateException("Task assignments exist only under"
          + " /v2/users/{user_id}/apps/{app_id}: build the client with appId(...)");
    }
    return new TaskAssignmentsImpl(service, executor, taskId);
  }

  private List<Task> checked(List<Task> tasks, boolean needIds) {
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("give at least one task");
    }
    for (int i = 0; i < tasks.size(); i++) {
      Task t = Objects.requireNonNull(tasks.get(i), "task");
      List<String> problems = new ArrayList<>(t.problems());
      if (needIds && t.id().isEmpty()) {
        problems.add(0, "an update needs the task's id (start from the stored task with"
            + " toBuilder())");
      }
      if (!problems.isEmpty()) {
        String name = t.name().isEmpty() ? "" : " \"" + t.name() + "\"";
        throw new InvalidRequestException("tasks[" + i + "]" + name, problems);
      }
    }
    return List.copyOf(tasks);
  }

  private ObjectNode requestJson(Task task) {
    ObjectNode json = task.toJson(userListForm);
    json.remove(SERVER_SET);
    return json;
  }

  private static List<String> additionalFieldValues(AdditionalField... fields) {
    Set<String> values = new LinkedHashSet<>();
    for (AdditionalField f : fields) {
      values.addAll(Objects.requireNonNull(f, "additional field").queryValues());
    }
    return List.copyOf(values);
  }

  static <T> List<T> nullIfEmpty(List<T> values) {
    return values.isEmpty() ? null : values;
  }
}
