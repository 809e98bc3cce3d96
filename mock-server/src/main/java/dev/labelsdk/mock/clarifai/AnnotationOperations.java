package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The annotation endpoints (spec §8.4, §8.6, §8.7): per-item create and patch (with the old
 * flow's implicit submission and review), list, get and delete.
 */
public final class AnnotationOperations {

  private static final Set<StatusCode> REVIEW_STATUSES = Set.of(StatusCode.ANNOTATION_SUCCESS,
      StatusCode.ANNOTATION_REVIEW_DENIED, StatusCode.ANNOTATION_PENDING);

  private final ClarifaiEngine engine;

  AnnotationOperations(ClarifaiEngine engine) {
    this.engine = engine;
  }

  /**
   * PostAnnotations, per item. A task annotation is stored as a draft (24151) and its unit is
   * submitted after the request unless it was posted with ANNOTATION_PENDING (spec §8.4).
   */
  public List<ItemResult<Annotation>> post(Caller caller, List<AnnotationSpec> items) {
    requireItems(items);
    return engine.write(caller, app -> {
      long now = engine.now();
      List<ItemResult<Annotation>> results = new ArrayList<>();
      Set<UnitKey> toSubmit = new LinkedHashSet<>();
      for (AnnotationSpec item : items) {
        try {
          Annotation a = created(app, caller, item, now);
          app.putAnnotation(a);
          results.add(ItemResult.ok(a));
          if (a.taskId() != null && item.status() != StatusCode.ANNOTATION_PENDING) {
            toSubmit.add(UnitKey.of(a));
          }
        } catch (ClarifaiError e) {
          results.add(ItemResult.failed(e));
        }
      }
      for (UnitKey u : toSubmit) {
        Task task = app.tasks.get(u.taskId());
        Assignment a = ReviewFlow.unitAssignment(app, u.taskId(), u.inputId(), u.workerId());
        if (!a.isSubmitted()) {
          engine.reviewFlow().submit(app, task, a);
        }
      }
      return current(app, results);
    });
  }

  /**
   * PatchAnnotations, per item (spec §8.7). A status patch on a task annotation is the old
   * flow's review: reviewers and the app owner only, and the unit is recomputed after.
   */
  public List<ItemResult<Annotation>> patch(Caller caller, PatchAction action, List<AnnotationSpec> items) {
    requireItems(items);
    return engine.write(caller, app -> {
      long now = engine.now();
      List<ItemResult<Annotation>> results = new ArrayList<>();
      Set<UnitKey> reviewed = new LinkedHashSet<>();
      for (AnnotationSpec item : items) {
        try {
          Annotation a = patched(app, caller, action, item, now);
          app.putAnnotation(a);
          results.add(ItemResult.ok(a));
          if (a.taskId() != null && item.status() != null && action != PatchAction.REMOVE) {
            reviewed.add(UnitKey.of(a));
          }
        } catch (ClarifaiError e) {
          results.add(ItemResult.failed(e));
        }
      }
      for (UnitKey u : reviewed) {
        Task task = app.tasks.get(u.taskId());
        if (task != null) {
          engine.reviewFlow().recomputeFromAnnotations(app, task, u.inputId(), u.workerId());
        }
      }
      return current(app, results);
    });
  }

  /** ListAnnotations: newest first, filtered, then paged. */
  public List<Annotation> list(Caller caller, AnnotationQuery query, Page page) {
    return engine.read(caller, app -> {
      List<String> users = query.userIds().stream()
          .map(u -> AccessResolver.ME.equals(u) ? caller.userId() : u).toList();
      List<Annotation> matching = AppData.newestFirst(app.annotations()).stream()
          .filter(a -> query.matches(a, users, app.ref.userId())).toList();
      return page.slice(matching, engine.config().maxPerPage());
    });
  }

  /** GetAnnotation; 11101 unless the annotation exists on that input. */
  public Annotation get(Caller caller, String inputId, String annotationId) {
    return engine.read(caller, app -> {
      Annotation a = app.annotation(annotationId);
      if (a == null || !a.inputId().equals(inputId)) {
        throw ClarifaiError.notFound("annotation '" + annotationId + "' not found on input '" + inputId + "'");
      }
      return a;
    });
  }

  /**
   * DeleteAnnotations, all-or-nothing: the listed annotations (restricted to {@code inputIds}
   * when both are given), or every annotation of {@code inputIds}. Only the author, the task
   * reviewers and the app owner may delete (mock choice, as for patches).
   */
  public void delete(Caller caller, List<String> ids, List<String> inputIds) {
    if (ids.isEmpty() && inputIds.isEmpty()) {
      throw ClarifaiError.invalid("ids or input_ids is required");
    }
    engine.write(caller, app -> {
      for (String input : inputIds) {
        if (!app.inputs.containsKey(input)) {
          throw new ClarifaiError(StatusCode.INPUT_DOES_NOT_EXIST, "input '" + input + "' not found");
        }
      }
      List<Annotation> targets = new ArrayList<>();
      if (ids.isEmpty()) {
        app.annotations().stream().filter(a -> inputIds.contains(a.inputId())).forEach(targets::add);
      }
      for (String id : ids) {
        Annotation a = app.annotation(id);
        if (a == null || (!inputIds.isEmpty() && !inputIds.contains(a.inputId()))) {
          throw ClarifaiError.notFound("annotation '" + id + "' not found");
        }
        targets.add(a);
      }
      for (Annotation a : targets) {
        requireEditor(app, caller, a);
      }
      targets.forEach(a -> app.removeAnnotation(a.id()));
      return null;
    });
  }

  /** Checks 1 to 5 of spec §8.4 for task annotations; the input and geometry for the others. */
  private Annotation created(AppData app, Caller caller, AnnotationSpec item, long now) {
    if (item.inputId() == null) {
      // (mock choice) a missing input_id is an invalid annotation argument
      throw new ClarifaiError(StatusCode.ANNOTATION_INVALID_ARGUMENT, "input_id is required");
    }
    JsonNode data = item.data() == null ? Json.MAPPER.createObjectNode() : item.data();
    StatusCode status = item.status() == null ? StatusCode.ANNOTATION_SUCCESS : item.status();
    if (item.taskId() != null) {
      Task task = app.tasks.get(item.taskId());
      if (task == null) {
        throw ClarifaiError.taskMissing("task '" + item.taskId() + "' not found");
      }
      requireInput(app, item.inputId());
      Assignment a = ReviewFlow.unitAssignment(app, task.id(), item.inputId(), caller.userId());
      if (a == null) {
        throw ClarifaiError.taskPermission("user '" + caller.userId() + "' has no assignment for input '"
            + item.inputId() + "' in task '" + task.id() + "'");
      }
      if (a.isSubmitted() || !task.isOpen()) {
        throw ClarifaiError.conflict("the assignment is not pending or the task is not in progress");
      }
      status = StatusCode.ANNOTATION_PENDING; // a draft until its unit is submitted
    } else {
      requireInput(app, item.inputId());
    }
    AnnotationData.checkGeometry(data); // (mock choice) for every annotation, not only task ones
    String id = item.id() == null ? engine.newId() : item.id();
    if (app.annotation(id) != null) {
      throw new ClarifaiError(StatusCode.DATABASE_DUPLICATE_KEY, "annotation id '" + id + "' already exists");
    }
    return new Annotation(id, item.inputId(), AnnotationData.withRegionIds(data, engine::newId), status,
        now, now, caller.userId(), item.taskId(), item.annotationInfo());
  }

  private Annotation patched(AppData app, Caller caller, PatchAction action, AnnotationSpec item, long now) {
    Annotation a = item.id() == null ? null : app.annotation(item.id());
    if (a == null || (item.inputId() != null && !item.inputId().equals(a.inputId()))) {
      throw ClarifaiError.notFound("annotation '" + item.id() + "' not found");
    }
    requireEditor(app, caller, a);
    Task task = a.taskId() == null ? null : app.tasks.get(a.taskId());
    StatusCode status = action == PatchAction.REMOVE || item.status() == null ? a.status() : item.status();
    if (task != null && !task.isOpen()) {
      AssignmentOperations.requireOpen(task); // labeling and review need a task in progress
    }
    if (task != null && item.data() != null) {
      Assignment unit = ReviewFlow.unitAssignment(app, task.id(), a.inputId(), a.userId());
      if (unit != null && unit.isSubmitted()) {
        // (mock choice) a submitted unit's data is frozen until changes are requested
        throw ClarifaiError.conflict("annotation '" + a.id() + "' belongs to a submitted task assignment");
      }
    }
    if (task != null && status != a.status()) {
      if (!caller.owner() && !task.reviewers().contains(caller.userId())) {
        throw new ClarifaiError(StatusCode.ANNOTATION_PERMISSION_DENIED,
            "only task reviewers and the app owner may change the status of a task annotation");
      }
      // (mock choice) the old flow's review statuses are the only ones a task annotation takes
      if (!REVIEW_STATUSES.contains(status)) {
        throw new ClarifaiError(StatusCode.ANNOTATION_INVALID_ARGUMENT,
            "a task annotation's status may be ANNOTATION_SUCCESS, ANNOTATION_REVIEW_DENIED or ANNOTATION_PENDING");
      }
    }
    JsonNode data = AnnotationData.edit(a.data(), item.data(), action, engine::newId);
    AnnotationData.checkGeometry(data);
    return a.withData(data, status, now);
  }

  /** 24156 unless the caller wrote the annotation, reviews its task or owns the app. */
  private static void requireEditor(AppData app, Caller caller, Annotation a) {
    Task task = a.taskId() == null ? null : app.tasks.get(a.taskId());
    boolean reviewer = task != null && task.reviewers().contains(caller.userId());
    if (!caller.owner() && !caller.userId().equals(a.userId()) && !reviewer) {
      throw new ClarifaiError(StatusCode.ANNOTATION_PERMISSION_DENIED,
          "user '" + caller.userId() + "' may not change annotation '" + a.id() + "'");
    }
  }

  private static void requireInput(AppData app, String inputId) {
    if (!app.inputs.containsKey(inputId)) {
      throw new ClarifaiError(StatusCode.INPUT_DOES_NOT_EXIST, "input '" + inputId + "' not found");
    }
  }

  /** The results with each stored annotation as it is now (submission may have moved it). */
  private static List<ItemResult<Annotation>> current(AppData app, List<ItemResult<Annotation>> results) {
    return results.stream()
        .map(r -> r.isOk() ? ItemResult.ok(app.annotation(r.value().id())) : r)
        .toList();
  }

  private static void requireItems(List<?> items) {
    if (items.isEmpty()) {
      throw ClarifaiError.invalid("annotations is required and must not be empty");
    }
  }
}
