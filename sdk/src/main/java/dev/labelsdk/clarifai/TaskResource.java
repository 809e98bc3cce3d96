package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.ClarifaiExecutor.Safety;
import dev.labelsdk.clarifai.model.AdditionalField;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskCounts;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.clarifai.model.UserListForm;
import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.InvalidRequestException;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
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

/**
 * Tasks: {@code client.tasks()} (spec §7). Create, get, list (one page, or all of them lazily),
 * update, change status, delete, read counts, and work on a task's
 * {@link #assignments assignments}.
 */
public final class TaskResource {

  private static final Logger LOG = LoggerFactory.getLogger(TaskResource.class);
  /** Fields the server sets; requests leave them out. */
  private static final List<String> SERVER_SET =
      List.of("created_at", "modified_at", "app_id", "user_id", "metrics");

  private final ClarifaiService service;
  private final ClarifaiExecutor executor;
  private final UserListForm userListForm;
  private final boolean appBound;

  TaskResource(ClarifaiService service, ClarifaiExecutor executor, UserListForm userListForm,
      boolean appBound) {
    this.service = service;
    this.executor = executor;
    this.userListForm = userListForm;
    this.appBound = appBound;
  }

  /**
   * Creates a task; see {@link #create(List)}.
   *
   * @return the task as created: its id, {@link StatusCode#TASK_IN_PROGRESS}, normalized fields
   */
  public Task create(Task task) {
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
  public List<Task> create(List<Task> tasks) {
    List<Task> checked = checked(tasks, false);
    ObjectNode body = JsonSupport.newObject();
    ArrayNode array = body.putArray("tasks");
    checked.forEach(t -> {
      ObjectNode json = requestJson(t);
      json.remove("status"); // the server sets it on create
      array.add(json);
    });
    List<String> ids = checked.stream().map(Task::id).toList();
    boolean clientIds = ids.stream().noneMatch(String::isEmpty);
    return executor.execute("PostTasks",
        clientIds ? Safety.IDEMPOTENT : Safety.CREATES_WITHOUT_IDS,
        headers -> service.postTasks(body, headers), Responses.list("tasks", Task::fromJson),
        (failure, earlier) -> clientIds ? recoverCreated(failure, earlier, ids)
            : Optional.empty());
  }

  /** After a lost answer the retry meets its own ids (40010): fetch what was created. */
  private Optional<List<Task>> recoverCreated(ApiException failure,
      List<RuntimeException> earlier, List<String> ids) {
    if (!(failure instanceof ConflictException conflict)
        || conflict.code() != StatusCode.DATABASE_DUPLICATE_KEY.number()
        || earlier.stream().noneMatch(ClarifaiExecutor::mayHaveCommitted)) {
      return Optional.empty();
    }
    Map<String, Task> found = new LinkedHashMap<>();
    list(TaskQuery.all().ids(ids.toArray(String[]::new)).includingLabelOrderTasks()
        .perPage(Math.min(Page.MAX_PER_PAGE, ids.size())))
        .items().forEach(t -> found.put(t.id(), t));
    if (!found.keySet().containsAll(ids)) {
      return Optional.empty(); // someone else holds an id: report the conflict
    }
    LOG.info("A retried create found its task ids taken after a lost answer; returning the"
        + " tasks the earlier attempt created ({})", ids);
    return Optional.of(ids.stream().map(found::get).toList());
  }

  /**
   * Fetches a task ({@code GET .../tasks/{id}}), with the extra fields asked for (e.g.
   * {@link AdditionalField#METRICS} for its progress).
   *
   * @throws NotFoundException if the app has no such task
   */
  public Task get(String taskId, AdditionalField... additionalFields) {
    PathSegments.require(taskId, "taskId");
    List<String> fields = additionalFieldValues(additionalFields);
    return executor.execute("GetTask", Safety.IDEMPOTENT,
        headers -> service.getTask(taskId, fields.isEmpty() ? null : fields, headers),
        Responses.single("task", Task::fromJson));
  }

  /**
   * One page of tasks, newest first ({@code GET .../tasks}); list filters are sent as repeated
   * query parameters. Use {@link #listAll} to go through every page.
   */
  public Page<Task> list(TaskQuery query) {
    Objects.requireNonNull(query, "query");
    int perPage = query.perPage().orElse(Page.DEFAULT_PER_PAGE);
    int page = query.page().orElse(1);
    List<Task> tasks = executor.execute("ListTasks", Safety.IDEMPOTENT,
        headers -> service.listTasks(
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
            headers),
        Responses.list("tasks", Task::fromJson));
    return new Page<>(tasks, page, perPage);
  }

  /**
   * Every matching task, newest first, as a lazy {@link Iterable} (and {@code stream()}): a
   * page is fetched only when the previous one has been consumed, starting at the query's
   * page, and paging stops after an empty page or one shorter than the page size. Each
   * iteration starts again from the first page.
   */
  public AutoPager<Task> listAll(TaskQuery query) {
    Objects.requireNonNull(query, "query");
    int perPage = query.perPage().orElse(Page.DEFAULT_PER_PAGE);
    TaskQuery sized = query.perPage(perPage);
    return AutoPager.ofPageNumbers(page -> list(sized.page(page)).items(),
        query.page().orElse(1), perPage);
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
  public List<Task> update(List<Task> tasks) {
    List<Task> checked = checked(tasks, true);
    ObjectNode body = JsonSupport.newObject().put("action", "overwrite");
    ArrayNode array = body.putArray("tasks");
    checked.forEach(t -> array.add(requestJson(t)));
    return executor.execute("PatchTasks", Safety.IDEMPOTENT,
        headers -> service.patchTasks(body, headers), Responses.list("tasks", Task::fromJson));
  }

  /** Replaces one task; see {@link #update(List)}. */
  public Task update(Task task) {
    return update(List.of(task)).get(0);
  }

  /**
   * Sets a task's status ({@code PATCH .../tasks}, action {@code merge}, which changes only the
   * status). While a task is done or abandoned, labeling and review are refused.
   *
   * @param status {@link StatusCode#TASK_IN_PROGRESS}, {@link StatusCode#TASK_DONE} or
   *     {@link StatusCode#TASK_WONT_DO}
   */
  public Task setStatus(String taskId, StatusCode status) {
    PathSegments.require(taskId, "taskId");
    Objects.requireNonNull(status, "status");
    ObjectNode body = JsonSupport.newObject().put("action", "merge");
    ObjectNode task = body.putArray("tasks").addObject().put("id", taskId);
    task.putObject("status").set("code", status.toJson());
    // Setting a status twice is harmless: safe to retry.
    return executor.execute("PatchTasks", Safety.IDEMPOTENT,
        headers -> service.patchTasks(body, headers), Responses.list("tasks", Task::fromJson))
        .get(0);
  }

  /** Marks a task done ({@link StatusCode#TASK_DONE}). */
  public Task markDone(String taskId) {
    return setStatus(taskId, StatusCode.TASK_DONE);
  }

  /** Marks a task abandoned ({@link StatusCode#TASK_WONT_DO}). */
  public Task markWontDo(String taskId) {
    return setStatus(taskId, StatusCode.TASK_WONT_DO);
  }

  /** Reopens a done or abandoned task ({@link StatusCode#TASK_IN_PROGRESS}). */
  public Task reopen(String taskId) {
    return setStatus(taskId, StatusCode.TASK_IN_PROGRESS);
  }

  /** Deletes tasks; see {@link #delete(Collection)}. */
  public void delete(String... taskIds) {
    delete(Arrays.asList(taskIds));
  }

  /**
   * Deletes tasks and their assignments ({@code DELETE .../tasks}): all or none. Annotations
   * made for them are kept.
   *
   * @throws NotFoundException if any id is unknown (then nothing is deleted)
   */
  public void delete(Collection<String> taskIds) {
    List<String> ids = Ids.require(taskIds, "task id");
    executor.execute("DeleteTasks", Safety.IDEMPOTENT,
        headers -> service.deleteTasks(Ids.body("ids", ids), headers), Responses::status,
        ClarifaiExecutor::alreadyDone);
  }

  /**
   * Each worker's task annotations by review state ({@code GET .../annotations/count}), in
   * worker order; only the given workers when any are named.
   */
  public TaskCounts annotationCounts(String taskId, String... userIds) {
    PathSegments.require(taskId, "taskId");
    List<String> users = Arrays.asList(userIds);
    return executor.execute("GetTaskAnnotationCount", Safety.IDEMPOTENT,
        headers -> service.taskAnnotationCount(taskId, nullIfEmpty(users), headers),
        TaskCounts::fromJson);
  }

  /**
   * Each worker's assignments by state ({@code GET .../inputs/count}): pending, awaiting
   * review, awaiting consensus, approved, rejected.
   */
  public TaskCounts inputCounts(String taskId, String... userIds) {
    PathSegments.require(taskId, "taskId");
    List<String> users = Arrays.asList(userIds);
    return executor.execute("GetTaskInputCount", Safety.IDEMPOTENT,
        headers -> service.taskInputCount(taskId, nullIfEmpty(users), headers),
        TaskCounts::fromJson);
  }

  /**
   * Labeling and review on one task, as the caller (the key's user).
   *
   * @throws IllegalStateException if the client has no app id: the route exists only under
   *     {@code /v2/users/{user}/apps/{app}}
   */
  public TaskAssignments assignments(String taskId) {
    PathSegments.require(taskId, "taskId");
    if (!appBound) {
      throw new IllegalStateException("Task assignments exist only under"
          + " /v2/users/{user_id}/apps/{app_id}: build the client with appId(...)");
    }
    return new TaskAssignments(service, executor, taskId);
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
