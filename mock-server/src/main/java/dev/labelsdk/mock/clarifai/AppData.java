package dev.labelsdk.mock.clarifai;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one app holds. Maps keep creation order, which is the order lists are built from
 * (newest first, spec §6). Not thread-safe: the engine guards it with its lock.
 */
final class AppData {

  final AppRef ref;
  final TaskStore tasks = new TaskStore();
  final Map<String, Input> inputs = new LinkedHashMap<>();
  final Map<String, Dataset> datasets = new LinkedHashMap<>();
  /** Dataset id → input id → when it was added, in the order added. */
  final Map<String, Map<String, Long>> datasetMembers = new HashMap<>();
  final Map<String, Concept> concepts = new LinkedHashMap<>();
  final Map<String, SavedSearch> searches = new LinkedHashMap<>();
  private final Map<String, Annotation> annotations = new LinkedHashMap<>();
  private final Map<String, Set<String>> annotationsByTask = new HashMap<>();
  private final Map<String, Map<String, Assignment>> assignments = new HashMap<>();

  AppData(AppRef ref) {
    this.ref = ref;
  }

  // ---- tasks ----

  /** The task, or 54102. */
  Task task(String id) {
    Task t = tasks.get(id);
    if (t == null) {
      throw ClarifaiError.taskMissing("task '" + id + "' not found in app " + ref);
    }
    return t;
  }

  // ---- inputs ----

  /** The input, or 11101 (GetInput of a missing input). */
  Input input(String id) {
    Input i = inputs.get(id);
    if (i == null) {
      throw ClarifaiError.notFound("input '" + id + "' not found in app " + ref);
    }
    return i;
  }

  /** Adds an input to a dataset (a no-op when it is already there). */
  void addToDataset(String datasetId, String inputId, long now) {
    datasetMembers.computeIfAbsent(datasetId, d -> new LinkedHashMap<>()).putIfAbsent(inputId, now);
    inputs.put(inputId, inputs.get(inputId).withDataset(datasetId));
  }

  void removeFromDataset(String datasetId, String inputId) {
    Map<String, Long> members = datasetMembers.get(datasetId);
    if (members != null) {
      members.remove(inputId);
    }
    Input i = inputs.get(inputId);
    if (i != null) {
      inputs.put(inputId, i.withoutDataset(datasetId));
    }
  }

  // ---- annotations ----

  Annotation annotation(String id) {
    return annotations.get(id);
  }

  void putAnnotation(Annotation a) {
    annotations.put(a.id(), a);
    if (a.taskId() != null) {
      annotationsByTask.computeIfAbsent(a.taskId(), t -> new LinkedHashSet<>()).add(a.id());
    }
  }

  void removeAnnotation(String id) {
    Annotation a = annotations.remove(id);
    if (a != null && a.taskId() != null) {
      Set<String> of = annotationsByTask.get(a.taskId());
      if (of != null) {
        of.remove(id);
      }
    }
  }

  /** Every annotation, oldest first. */
  List<Annotation> annotations() {
    return new ArrayList<>(annotations.values());
  }

  /** The annotations linked to a task, oldest first. */
  List<Annotation> taskAnnotations(String taskId) {
    List<Annotation> out = new ArrayList<>();
    for (String id : annotationsByTask.getOrDefault(taskId, Set.of())) {
      out.add(annotations.get(id));
    }
    return out;
  }

  /** The annotations of one (task, input, worker) unit, oldest first. */
  List<Annotation> unitAnnotations(String taskId, String inputId, String workerId) {
    return taskAnnotations(taskId).stream().filter(a -> a.isOf(taskId, inputId, workerId)).toList();
  }

  List<Annotation> inputAnnotations(String inputId) {
    return annotations.values().stream().filter(a -> a.inputId().equals(inputId)).toList();
  }

  // ---- assignments ----

  Map<String, Assignment> assignmentMap(String taskId) {
    return assignments.computeIfAbsent(taskId, t -> new LinkedHashMap<>());
  }

  void putAssignment(Assignment a) {
    assignmentMap(a.taskId()).put(a.id(), a);
  }

  void removeAssignments(String taskId) {
    assignments.remove(taskId);
  }

  /** A task's assignments in input order, then worker order (spec §6). */
  List<Assignment> assignments(Task task) {
    List<Assignment> out = new ArrayList<>(assignments.getOrDefault(task.id(), Map.of()).values());
    out.sort(order(task));
    return out;
  }

  /** Input order (the snapshot), then worker order (the worker list; others by first assignment). */
  static Comparator<Assignment> order(Task task) {
    Map<String, Integer> inputPos = positions(task.inputIds());
    Map<String, Integer> workerPos = positions(task.workers());
    return Comparator.<Assignment>comparingInt(a -> inputPos.getOrDefault(a.inputId(), Integer.MAX_VALUE))
        .thenComparingInt(a -> workerPos.getOrDefault(a.workerId(), Integer.MAX_VALUE))
        .thenComparingLong(Assignment::createdAt);
  }

  private static Map<String, Integer> positions(List<String> ids) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      out.putIfAbsent(ids.get(i), i);
    }
    return out;
  }

  /** Whether the app holds nothing at all. */
  boolean isEmpty() {
    return tasks.isEmpty() && inputs.isEmpty() && datasets.isEmpty() && concepts.isEmpty()
        && searches.isEmpty() && annotations.isEmpty();
  }

  /** The newest first view of {@code values} (lists are newest first, spec §6). */
  static <T> List<T> newestFirst(Collection<T> values) {
    List<T> out = new ArrayList<>(values);
    Collections.reverse(out);
    return out;
  }
}
