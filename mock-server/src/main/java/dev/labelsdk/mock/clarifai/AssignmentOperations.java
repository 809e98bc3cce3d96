package dev.labelsdk.mock.clarifai;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labeling and review through assignments (spec §8.3, §8.4, §8.6): PutTaskAssignments, the
 * deprecated ListNextTaskAssignments and PatchAnnotationsStatus.
 */
public final class AssignmentOperations {

  /** PatchAnnotationsStatus's answer. */
  public record StatusPatchResult(List<String> userIds, int updatedCount) {}

  private final ClarifaiEngine engine;

  AssignmentOperations(ClarifaiEngine engine) {
    this.engine = engine;
  }

  /** PutTaskAssignments: the affected assignments after the change, in input then worker order. */
  public List<AssignmentView> put(Caller caller, String taskId, AssignmentRequest r) {
    return engine.write(caller, app -> {
      Task task = app.task(taskId);
      List<Assignment> affected = switch (r.action()) {
        case LABEL_START -> labelStart(app, task, caller);
        case LABEL_SUBMIT -> labelSubmit(app, task, caller, r);
        case REVIEW_START -> reviewStart(app, task, caller, r);
        case REVIEW_APPROVE -> review(app, task, caller, r, ReviewFlow.Decision.APPROVE);
        case REVIEW_REQUEST_CHANGES -> review(app, task, caller, r, ReviewFlow.Decision.REQUEST_CHANGES);
        case REVIEW_REJECT -> review(app, task, caller, r, ReviewFlow.Decision.REJECT);
        default -> throw ClarifaiError.invalid("action must be set");
      };
      return views(app, task, affected);
    });
  }

  /**
   * ListNextTaskAssignments (deprecated): the inputs of the caller's next assignments, handed
   * out as LABEL_START would (mock choice).
   */
  public List<Input> listNext(Caller caller, String taskId) {
    return engine.write(caller, app -> {
      Task task = app.task(taskId);
      return labelStart(app, task, caller).stream().map(a -> app.inputs.get(a.inputId())).toList();
    });
  }

  /**
   * PatchAnnotationsStatus (S): sets {@code newStatus} on the task annotations of
   * {@code userIds} whose status is in {@code fromStatuses} (all when empty), then recomputes
   * their units as the old-flow review does. Reviewers and the app owner only.
   */
  public StatusPatchResult patchAnnotationsStatus(Caller caller, String taskId, StatusCode newStatus,
      List<String> userIds, List<StatusCode> fromStatuses) {
    // (mock choice) only annotation statuses can be set this way
    if (newStatus == null || newStatus.number() / 100 != 241) {
      throw ClarifaiError.invalid("status_code must be an annotation status (241xx)");
    }
    return engine.write(caller, app -> {
      Task task = app.task(taskId);
      requireReviewer(task, caller);
      requireOpen(task);
      List<String> users = userIds.stream()
          .map(u -> AccessResolver.ME.equals(u) ? caller.userId() : u).distinct().toList();
      long now = engine.now();
      Map<String, Annotation> changed = new LinkedHashMap<>();
      for (Annotation a : app.taskAnnotations(taskId)) {
        if (users.contains(a.userId()) && (fromStatuses.isEmpty() || fromStatuses.contains(a.status()))) {
          changed.put(a.id(), a.withStatus(newStatus, now));
        }
      }
      changed.values().forEach(app::putAnnotation);
      changed.values().stream().map(UnitKey::of).distinct()
          .forEach(u -> engine.reviewFlow().recomputeFromAnnotations(app, task, u.inputId(), u.workerId()));
      return new StatusPatchResult(users, changed.size());
    });
  }

  /** The caller's PENDING assignments, creating new ones for a DYNAMIC task (spec §8.3). */
  private List<Assignment> labelStart(AppData app, Task task, Caller caller) {
    requireWorker(task, caller);
    // (mock choice) every strategy hands out at most a batch of the caller's pending work
    int batch = engine.config().dynamicBatchSize();
    List<Assignment> all = app.assignments(task);
    List<Assignment> pending = all.stream()
        .filter(a -> a.workerId().equals(caller.userId()) && !a.isSubmitted())
        .limit(batch).toList();
    if (!pending.isEmpty() || task.strategy() != WorkerStrategy.DYNAMIC) {
      return pending;
    }
    Map<String, Integer> perInput = new LinkedHashMap<>();
    Set<String> mine = new HashSet<>();
    for (Assignment a : all) {
      perInput.merge(a.inputId(), 1, Integer::sum);
      if (a.workerId().equals(caller.userId())) {
        mine.add(a.inputId());
      }
    }
    List<Assignment> created = new ArrayList<>();
    long now = engine.now();
    for (String input : task.inputIds()) {
      if (created.size() == batch) {
        break;
      }
      if (!mine.contains(input) && perInput.getOrDefault(input, 0) < task.workersPerInput()) {
        Assignment a = Assignment.pending(engine.newId(), task.id(), input, caller.userId(), now);
        app.putAssignment(a);
        created.add(a);
      }
    }
    return created;
  }

  /** Submits the caller's assignments; already submitted ones come back unchanged. */
  private List<Assignment> labelSubmit(AppData app, Task task, Caller caller, AssignmentRequest r) {
    requireWorker(task, caller);
    List<Assignment> targets = new ArrayList<>();
    for (String id : r.assignmentIds()) {
      Assignment a = assignment(app, task, id);
      if (!a.workerId().equals(caller.userId())) {
        throw ClarifaiError.taskPermission("task assignment '" + id + "' belongs to another worker");
      }
      targets.add(a);
    }
    if (r.inputId() != null) {
      Assignment a = ReviewFlow.unitAssignment(app, task.id(), r.inputId(), caller.userId());
      if (a == null) {
        throw ClarifaiError.taskPermission("user '" + caller.userId() + "' has no assignment for input '"
            + r.inputId() + "' in task '" + task.id() + "'");
      }
      targets.add(a);
    }
    if (targets.isEmpty()) {
      throw ClarifaiError.invalid("label_submit_config.task_assignments (or input_id) is required");
    }
    for (Assignment a : targets) {
      Assignment current = app.assignmentMap(task.id()).get(a.id());
      if (!current.isSubmitted()) {
        engine.reviewFlow().submit(app, task, current);
      }
    }
    return targets.stream().map(a -> app.assignmentMap(task.id()).get(a.id())).distinct().toList();
  }

  /** Up to a batch of assignments awaiting review, optionally only of some workers. */
  private List<Assignment> reviewStart(AppData app, Task task, Caller caller, AssignmentRequest r) {
    requireReviewer(task, caller);
    requireOpen(task);
    List<String> workers = resolve(caller, r.workerIds());
    // (mock choice) nothing is locked: every reviewer sees the same assignments
    return app.assignments(task).stream()
        .filter(a -> a.status() == StatusCode.TASK_ASSIGNMENT_AWAITING_REVIEW)
        .filter(a -> workers.isEmpty() || workers.contains(a.workerId()))
        .limit(engine.config().dynamicBatchSize()).toList();
  }

  /** REVIEW_APPROVE / REQUEST_CHANGES / REJECT on named assignments or all of some workers'. */
  private List<Assignment> review(AppData app, Task task, Caller caller, AssignmentRequest r,
      ReviewFlow.Decision decision) {
    requireReviewer(task, caller);
    requireOpen(task);
    Map<String, Assignment> targets = new LinkedHashMap<>();
    for (String id : r.assignmentIds()) {
      targets.put(id, assignment(app, task, id));
    }
    List<String> workers = resolve(caller, r.workerIds());
    for (Assignment a : app.assignments(task)) {
      if (workers.contains(a.workerId()) && a.isReviewable()) {
        targets.putIfAbsent(a.id(), a);
      }
    }
    if (r.assignmentIds().isEmpty() && workers.isEmpty()) {
      throw ClarifaiError.invalid("name the task_assignments or the workers to review");
    }
    for (Assignment a : targets.values()) {
      if (!a.isReviewable()) {
        throw ClarifaiError.conflict("task assignment '" + a.id() + "' is not awaiting review (status "
            + a.status().number() + ")");
      }
    }
    for (Assignment a : targets.values()) {
      engine.reviewFlow().decide(app, task, app.assignmentMap(task.id()).get(a.id()), decision, caller);
    }
    return targets.keySet().stream().map(id -> app.assignmentMap(task.id()).get(id)).toList();
  }

  private static Assignment assignment(AppData app, Task task, String id) {
    Assignment a = app.assignmentMap(task.id()).get(id);
    if (a == null) {
      throw ClarifaiError.notFound("task assignment '" + id + "' not found in task '" + task.id() + "'");
    }
    return a;
  }

  /** 54103 unless the caller is a worker; 54100 unless the task is in progress (spec §8.4). */
  static void requireWorker(Task task, Caller caller) {
    if (!task.isWorker(caller.userId())) {
      throw ClarifaiError.taskPermission("user '" + caller.userId() + "' is not a worker of task '"
          + task.id() + "'");
    }
    requireOpen(task);
  }

  /** 54103 unless the caller is a reviewer of the task or the app owner (spec §8.4). */
  static void requireReviewer(Task task, Caller caller) {
    if (!caller.owner() && !task.reviewers().contains(caller.userId())) {
      throw ClarifaiError.taskPermission("user '" + caller.userId() + "' is not a reviewer of task '"
          + task.id() + "'");
    }
  }

  static void requireOpen(Task task) {
    if (!task.isOpen()) {
      throw ClarifaiError.conflict("task '" + task.id() + "' is not in progress (status "
          + task.status().number() + ")");
    }
  }

  private static List<String> resolve(Caller caller, List<String> ids) {
    return ids.stream().map(u -> AccessResolver.ME.equals(u) ? caller.userId() : u).distinct().toList();
  }

  private static List<AssignmentView> views(AppData app, Task task, List<Assignment> assignments) {
    List<Assignment> sorted = new ArrayList<>(assignments);
    sorted.sort(AppData.order(task));
    return sorted.stream().map(a -> new AssignmentView(a, app.inputs.get(a.inputId()))).toList();
  }
}
