package dev.labelsdk.mock.clarifai;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a task is built from at creation (spec §7.7, §8.1, §8.2): the input snapshot, and the
 * assignments FULL and PARTITIONED create up front (DYNAMIC creates them on LABEL_START).
 */
final class TaskPlan {

  private TaskPlan() {}

  /** The inputs of {@code source} now, in input order. */
  static List<String> snapshot(TaskSpec.Source source, AppData app) {
    List<String> out = new ArrayList<>();
    switch (source.type()) {
      case DATASET -> app.inputs.values().forEach(i -> {
        if (i.datasetIds().contains(source.id())) {
          out.add(i.id());
        }
      });
      case SAVED_SEARCH -> {
        SearchQuery query = app.searches.get(source.id()).parsed();
        app.inputs.values().forEach(i -> {
          if (query.matches(i, app.inputAnnotations(i.id()))) {
            out.add(i.id());
          }
        });
      }
      default -> out.addAll(app.inputs.keySet());
    }
    return out;
  }

  /** The PENDING assignments of a new (or rebuilt) task, in input order then worker order. */
  static List<Assignment> assignments(Task task, Supplier<String> ids, long now) {
    List<Assignment> out = new ArrayList<>();
    List<String> workers = task.workers();
    List<String> inputs = task.inputIds();
    switch (task.strategy()) {
      case FULL -> {
        for (String input : inputs) {
          for (String worker : workers) {
            out.add(Assignment.pending(ids.get(), task.id(), input, worker, now));
          }
        }
      }
      case PARTITIONED -> {
        TaskSpec.Partitioned p = task.spec().worker().partitioned();
        List<int[]> picks = Partitioner.assign(inputs.size(), p.workersPerInput(),
            TaskValidator.weights(workers, p));
        for (int i = 0; i < inputs.size(); i++) {
          int[] chosen = picks.get(i).clone();
          Arrays.sort(chosen); // worker order within an input
          for (int w : chosen) {
            out.add(Assignment.pending(ids.get(), task.id(), inputs.get(i), workers.get(w), now));
          }
        }
      }
      default -> { }
    }
    return out;
  }
}
