package dev.labelsdk.mock.clarifai;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link TaskSpec}s for engine tests, starting from the seeds' "non-assigned task". */
final class Specs {

  private String id;
  private TaskType type = TaskType.CONCEPTS_CLASSIFICATION;
  private WorkerStrategy strategy = WorkerStrategy.FULL;
  private List<String> workers = List.of();
  private TaskSpec.Partitioned partitioned;
  private TaskSpec.Source source = new TaskSpec.Source(InputSourceType.ALL_INPUTS, null);
  private TaskSpec.Review review = new TaskSpec.Review(ReviewStrategy.NONE, List.of(), null, null);
  private StatusCode status;
  private String labelOrderId;
  private boolean automated;

  static Specs task() {
    return new Specs();
  }

  Specs id(String v) { id = v; return this; }
  Specs type(TaskType v) { type = v; return this; }
  Specs status(StatusCode v) { status = v; return this; }
  Specs labelOrder(String v) { labelOrderId = v; return this; }
  Specs automated() { automated = true; return this; }
  Specs source(InputSourceType t, String sourceId) { source = new TaskSpec.Source(t, sourceId); return this; }

  Specs full(String... ids) {
    strategy = WorkerStrategy.FULL;
    workers = List.of(ids);
    return this;
  }

  Specs dynamic(int perInput, String... ids) {
    strategy = WorkerStrategy.DYNAMIC;
    workers = List.of(ids);
    partitioned = new TaskSpec.Partitioned(PartitionedType.EVENLY, perInput, Map.of());
    return this;
  }

  Specs evenly(int perInput, String... ids) {
    strategy = WorkerStrategy.PARTITIONED;
    workers = List.of(ids);
    partitioned = new TaskSpec.Partitioned(PartitionedType.EVENLY, perInput, Map.of());
    return this;
  }

  /** WEIGHTED over {@code weights} given as id, weight, id, weight, ... */
  Specs weighted(int perInput, Object... idsAndWeights) {
    Map<String, Double> w = new LinkedHashMap<>();
    for (int i = 0; i < idsAndWeights.length; i += 2) {
      w.put((String) idsAndWeights[i], ((Number) idsAndWeights[i + 1]).doubleValue());
    }
    strategy = WorkerStrategy.PARTITIONED;
    workers = List.copyOf(w.keySet());
    partitioned = new TaskSpec.Partitioned(PartitionedType.WEIGHTED, perInput, w);
    return this;
  }

  Specs manual(String... reviewers) {
    review = new TaskSpec.Review(ReviewStrategy.MANUAL, List.of(reviewers), new TaskSpec.Manual(0.5, 0), null);
    return this;
  }

  Specs consensus(int threshold, String... reviewers) {
    return consensus(threshold, 0, reviewers);
  }

  Specs consensus(int threshold, int reviewerThreshold, String... reviewers) {
    review = new TaskSpec.Review(ReviewStrategy.CONSENSUS, List.of(reviewers), null,
        new TaskSpec.Consensus(threshold, 0, reviewerThreshold));
    return this;
  }

  TaskSpec build() {
    return new TaskSpec(id, type, null, "Annotate water",
        new TaskSpec.Worker(strategy, workers, partitioned, WorkerType.WORKER_TYPE_NOT_SET, automated),
        List.of(new TaskSpec.Concept("water", null, null)), source, 1000, null, review, status, null,
        null, labelOrderId, false, TaskPriority.TASK_PRIORITY_NOT_SET, null);
  }
}
