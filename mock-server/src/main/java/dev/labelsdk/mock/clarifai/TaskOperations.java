package dev.labelsdk.mock.clarifai;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** The task endpoints (spec §7): create, get, list, overwrite, status merge, delete, counts. */
public final class TaskOperations {

  /** PatchTasks with {@code merge}: only the status changes (spec §7.4). */
  public record StatusChange(String id, StatusCode status) {}

  private final ClarifaiEngine engine;

  TaskOperations(ClarifaiEngine engine) {
    this.engine = engine;
  }

  /** PostTasks: all tasks are validated, then all are created (all-or-nothing, spec §5.4). */
  public List<Task> create(Caller caller, List<TaskSpec> specs) {
    requireItems(specs);
    return engine.write(caller, app -> {
      TaskValidator validator = validator(caller, app);
      long now = engine.now();
      Set<String> ids = new HashSet<>();
      List<Task> created = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        TaskSpec raw = specs.get(i);
        try {
          TaskSpec spec = validator.normalize(raw);
          String id = raw.id() == null ? engine.newId() : raw.id();
          // (mock choice) a client-supplied id is accepted if unused
          if (app.tasks.containsKey(id) || !ids.add(id)) {
            throw new ClarifaiError(StatusCode.DATABASE_DUPLICATE_KEY, "task id '" + id + "' already exists");
          }
          // (mock choice) a status sent on create is ignored
          created.add(new Task(id, app.ref, now, now, spec, StatusCode.TASK_IN_PROGRESS,
              TaskPlan.snapshot(spec.inputSource(), app)));
        } catch (ClarifaiError e) {
          throw e.prefixed("tasks[" + i + "]");
        }
      }
      for (Task t : created) {
        store(app, t, true, now);
      }
      return created;
    });
  }

  /** GetTask; 54102 for an unknown id (or another app's task). */
  public TaskView get(Caller caller, String id, boolean withMetrics) {
    return engine.read(caller, app -> view(app, app.task(id), withMetrics));
  }

  /** ListTasks: newest first, filtered, then paged. */
  public List<TaskView> list(Caller caller, TaskQuery query, Page page, boolean withMetrics) {
    return engine.read(caller, app -> {
      TaskValidator validator = validator(caller, app);
      List<String> workers = validator.users(query.workerUserIds());
      List<String> reviewers = validator.users(query.reviewUserIds());
      Iterator<Task> candidates = app.tasks.candidates(query.ids(), workers, reviewers);
      return page.take(candidates, t -> query.matches(t, workers, reviewers),
              engine.config().maxPerPage()).stream()
          .map(t -> view(app, t, withMetrics)).toList();
    });
  }

  /**
   * PatchTasks with {@code overwrite} (spec §7.4): each stored task is replaced by the given
   * one, normalized as on create; changing who works on what rebuilds the assignments until
   * work started, and is a 54100 afterwards.
   */
  public List<Task> overwrite(Caller caller, List<TaskSpec> specs) {
    requireItems(specs);
    return engine.write(caller, app -> {
      TaskValidator validator = validator(caller, app);
      List<Task> updated = new ArrayList<>();
      long now = engine.now();
      for (int i = 0; i < specs.size(); i++) {
        try {
          updated.add(overwritten(app, validator, specs.get(i), now));
        } catch (ClarifaiError e) {
          throw e.prefixed("tasks[" + i + "]");
        }
      }
      for (Task t : updated) {
        boolean rebuild = !sameWork(app.tasks.get(t.id()), t);
        if (rebuild) {
          app.removeAssignments(t.id());
        }
        store(app, t, rebuild, now);
      }
      return updated;
    });
  }

  /** PatchTasks with {@code merge}: only {@code status.code} is applied (spec §7.4). */
  public List<Task> setStatus(Caller caller, List<StatusChange> changes) {
    requireItems(changes);
    return engine.write(caller, app -> {
      List<Task> updated = new ArrayList<>();
      long now = engine.now();
      for (int i = 0; i < changes.size(); i++) {
        StatusChange c = changes.get(i);
        try {
          Task t = existing(app, c.id());
          if (c.status() == null) {
            throw ClarifaiError.invalid("merge needs status.code");
          }
          updated.add(t.withStatus(TaskValidator.taskStatus(c.status()), now));
        } catch (ClarifaiError e) {
          throw e.prefixed("tasks[" + i + "]");
        }
      }
      updated.forEach(t -> app.tasks.put(t.id(), t));
      return updated;
    });
  }

  /**
   * DeleteTasks: all-or-nothing; unknown ids are a 54102 naming them (mock choice). The
   * tasks' assignments go; their annotations stay (mock choice).
   */
  public void delete(Caller caller, List<String> ids) {
    if (ids.isEmpty()) {
      throw ClarifaiError.invalid("ids is required");
    }
    engine.write(caller, app -> {
      List<String> missing = ids.stream().filter(id -> !app.tasks.containsKey(id)).distinct().toList();
      if (!missing.isEmpty()) {
        throw ClarifaiError.taskMissing("tasks not found in app " + app.ref + ": " + String.join(", ", missing));
      }
      for (String id : ids) {
        app.tasks.remove(id);
        app.removeAssignments(id);
      }
      return null;
    });
  }

  /** GetTaskAnnotationCount: each worker's task annotations by status (spec §7.6). */
  public TaskCounts annotationCounts(Caller caller, String taskId, List<String> userIds) {
    return engine.read(caller, app -> {
      Task task = app.task(taskId);
      List<Annotation> annotations = app.taskAnnotations(taskId);
      return counts(caller, app, task, userIds, user -> annotations.stream()
          .filter(a -> user.equals(a.userId())).map(Annotation::status).toList());
    });
  }

  /** GetTaskInputCount: each worker's assignments by status (spec §7.6). */
  public TaskCounts inputCounts(Caller caller, String taskId, List<String> userIds) {
    return engine.read(caller, app -> {
      Task task = app.task(taskId);
      List<Assignment> assignments = app.assignments(task);
      return counts(caller, app, task, userIds, user -> assignments.stream()
          .filter(a -> a.workerId().equals(user)).map(Assignment::status).toList());
    });
  }

  private TaskCounts counts(Caller caller, AppData app, Task task, List<String> userIds,
      Function<String, List<StatusCode>> statusesOf) {
    LinkedHashSet<String> workers = new LinkedHashSet<>(task.workers());
    // (mock choice) workers of an unlisted DYNAMIC task are counted in order of first assignment
    app.assignments(task).forEach(a -> workers.add(a.workerId()));
    List<String> only = validator(caller, app).users(userIds);
    List<TaskCounts.WorkerCounts> out = new ArrayList<>();
    for (String w : workers) {
      if (only.isEmpty() || only.contains(w)) {
        out.add(TaskCounts.WorkerCounts.of(w, statusesOf.apply(w)));
      }
    }
    return new TaskCounts(app.ref, task.id(), out);
  }

  private Task overwritten(AppData app, TaskValidator validator, TaskSpec raw, long now) {
    Task old = existing(app, raw.id());
    TaskSpec normalized = validator.normalize(raw);
    // (mock choice) label_order_id is kept like the ids and timestamps
    TaskSpec spec = new TaskSpec(old.id(), normalized.type(), normalized.description(),
        normalized.name(), normalized.worker(), normalized.concepts(), normalized.inputSource(),
        normalized.sampleMs(), normalized.aiAssistant(), normalized.review(), null,
        normalized.aiAssistParams(), normalized.visibility(), old.spec().labelOrderId(),
        normalized.deletePreviousAnnotations(), normalized.priority(), normalized.metadata());
    // (mock choice) an absent status keeps the current one
    StatusCode status = raw.status() == null ? old.status() : TaskValidator.taskStatus(raw.status());
    Task next = old.withSpec(spec, status, old.inputIds(), now);
    if (sameWork(old, next)) {
      return next;
    }
    if (workStarted(app, old)) {
      throw ClarifaiError.conflict("the worker strategy, workers and input source cannot change "
          + "once work started on the task");
    }
    return next.withSpec(spec, status, TaskPlan.snapshot(spec.inputSource(), app), now);
  }

  /** Same strategy, workers, partitioning and input source: the assignments stay valid. */
  private static boolean sameWork(Task a, Task b) {
    return a.spec().worker().equals(b.spec().worker())
        && a.spec().inputSource().equals(b.spec().inputSource());
  }

  private static boolean workStarted(AppData app, Task task) {
    return app.assignmentMap(task.id()).values().stream().anyMatch(Assignment::isSubmitted)
        || !app.taskAnnotations(task.id()).isEmpty();
  }

  private static Task existing(AppData app, String id) {
    if (id == null || id.isEmpty()) {
      throw ClarifaiError.taskMissing("id is required to name the task");
    }
    return app.task(id);
  }

  /** Stores a task and its new concepts, and builds its initial assignments if asked to. */
  private void store(AppData app, Task t, boolean buildAssignments, long now) {
    for (TaskSpec.Concept c : t.spec().concepts()) {
      // (mock choice, strict_references off) unknown concepts are created, named by their id
      app.concepts.putIfAbsent(c.id(), new Concept(c.id(), c.name(), now));
    }
    app.tasks.put(t.id(), t);
    if (buildAssignments) {
      TaskPlan.assignments(t, engine::newId, now).forEach(app::putAssignment);
    }
  }

  private TaskView view(AppData app, Task t, boolean withMetrics) {
    return new TaskView(t, withMetrics ? TaskMetrics.of(t, app.assignments(t)) : null);
  }

  private TaskValidator validator(Caller caller, AppData app) {
    return new TaskValidator(caller, app, engine.state().directory, engine.config());
  }

  private static void requireItems(List<?> items) {
    if (Objects.requireNonNull(items).isEmpty()) {
      throw ClarifaiError.invalid("tasks is required and must not be empty");
    }
  }
}
