package dev.labelsdk.mock.clarifai;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Normalizes and validates a task spec against its app (spec §7.1): defaults for the
 * "not set" enums, {@code me} resolved, de-duplicated worker and reviewer lists, weights and
 * thresholds checked, input source and concepts resolved. Errors carry no {@code tasks[i]}
 * prefix; the caller adds it. Reads only.
 */
final class TaskValidator {

  private final Caller caller;
  private final AppData app;
  private final Directory directory;
  private final ClarifaiConfig config;

  TaskValidator(Caller caller, AppData app, Directory directory, ClarifaiConfig config) {
    this.caller = caller;
    this.app = app;
    this.directory = directory;
    this.config = config;
  }

  /** The normalized spec, without a status (create ignores it; overwrite checks it apart). */
  TaskSpec normalize(TaskSpec s) {
    TaskSpec.Worker worker = worker(s.worker());
    TaskSpec.Source source = source(s.inputSource());
    TaskSpec.Review review = review(s.review());
    List<TaskSpec.Concept> concepts = concepts(s.concepts());
    if (config.strictReferences()) {
      checkMembers(worker.userIds(), "worker");
      checkMembers(review.userIds(), "reviewer");
    }
    return new TaskSpec(s.id(), s.type(), s.description(), s.name(), worker, concepts, source,
        s.sampleMs(), s.aiAssistant(), review, null, s.aiAssistParams(), s.visibility(),
        s.labelOrderId(), s.deletePreviousAnnotations(), s.priority(), s.metadata());
  }

  /** A lifecycle status a client may set: 54001, 54002 or 54003 (spec §7.4); else 11102. */
  static StatusCode taskStatus(StatusCode code) {
    if (code != StatusCode.TASK_IN_PROGRESS && code != StatusCode.TASK_DONE
        && code != StatusCode.TASK_WONT_DO) {
      throw ClarifaiError.invalid("status.code must be TASK_IN_PROGRESS, TASK_DONE or TASK_WONT_DO (got "
          + (code == null ? "none" : code.name()) + ")");
    }
    return code;
  }

  private TaskSpec.Worker worker(TaskSpec.Worker w) {
    if (w.automated()) {
      throw new ClarifaiError(StatusCode.TASK_NOT_IMPLEMENTED, "model and workflow workers are not implemented");
    }
    WorkerStrategy strategy =
        w.strategy() == WorkerStrategy.WORKER_STRATEGY_NOT_SET ? WorkerStrategy.FULL : w.strategy();
    List<String> workers = users(w.userIds());
    TaskSpec.Partitioned p = w.partitioned();
    if (p != null) {
      p = new TaskSpec.Partitioned(
          p.type() == PartitionedType.PARTITIONED_WORKER_STRATEGY_NOT_SET ? PartitionedType.EVENLY : p.type(),
          p.workersPerInput() == 0 ? 1 : p.workersPerInput(), // (mock choice) 0 means 1
          resolveKeys(p.weights()));
    }
    if (strategy == WorkerStrategy.PARTITIONED) {
      if (p == null) {
        p = new TaskSpec.Partitioned(PartitionedType.EVENLY, 1, Map.of());
      }
      checkPartitioned(workers, p);
    }
    return new TaskSpec.Worker(strategy, workers, p, w.type(), false);
  }

  private static void checkPartitioned(List<String> workers, TaskSpec.Partitioned p) {
    if (workers.isEmpty()) {
      throw ClarifaiError.invalid("a PARTITIONED worker strategy needs workers");
    }
    int k = p.workersPerInput();
    if (k > workers.size()) {
      throw ClarifaiError.invalid("workers_per_input exceeds number of workers (" + k + " > "
          + workers.size() + ")");
    }
    if (p.type() != PartitionedType.WEIGHTED) {
      return; // EVENLY: the share rule reduces to workers_per_input <= workers
    }
    if (!p.weights().keySet().equals(new LinkedHashSet<>(workers))) {
      throw ClarifaiError.invalid("weights must name exactly the workers " + workers
          + " (got " + p.weights().keySet() + ")");
    }
    double[] weights = weights(workers, p);
    for (int j = 0; j < weights.length; j++) {
      if (!Double.isFinite(weights[j]) || weights[j] < 0) {
        throw ClarifaiError.invalid("the weight of worker '" + workers.get(j)
            + "' must be a finite number >= 0");
      }
    }
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    if (sum == 0) {
      throw ClarifaiError.invalid("weights must not all be 0");
    }
    int impossible = Partitioner.firstImpossibleShare(weights, k);
    if (impossible >= 0) {
      throw ClarifaiError.invalid("weights are impossible: worker '" + workers.get(impossible)
          + "' has a share of " + round(weights[impossible] / sum) + ", more than 1/workers_per_input = "
          + round(1.0 / k));
    }
  }

  /** The weights in worker order (all 1 for EVENLY). */
  static double[] weights(List<String> workers, TaskSpec.Partitioned p) {
    double[] out = new double[workers.size()];
    for (int j = 0; j < out.length; j++) {
      out[j] = p.type() == PartitionedType.WEIGHTED ? p.weights().get(workers.get(j)) : 1;
    }
    return out;
  }

  private TaskSpec.Source source(TaskSpec.Source s) {
    InputSourceType type = s == null || s.type() == InputSourceType.INPUT_SOURCE_TYPE_NOT_SET
        ? InputSourceType.ALL_INPUTS
        : s.type();
    String id = s == null ? null : s.id();
    switch (type) {
      case INPUT -> throw new ClarifaiError(StatusCode.TASK_NOT_IMPLEMENTED,
          "the INPUT input source is not implemented");
      case DATASET -> {
        if (id == null || !app.datasets.containsKey(id)) {
          throw ClarifaiError.invalid(id == null
              ? "input_source.id is required for a DATASET source"
              : "dataset '" + id + "' not found");
        }
      }
      case SAVED_SEARCH -> {
        if (id == null || !app.searches.containsKey(id)) {
          throw ClarifaiError.invalid(id == null
              ? "input_source.id is required for a SAVED_SEARCH source"
              : "saved search '" + id + "' not found");
        }
      }
      default -> { }
    }
    return new TaskSpec.Source(type, id);
  }

  private TaskSpec.Review review(TaskSpec.Review r) {
    ReviewStrategy strategy = r == null || r.strategy() == ReviewStrategy.TASK_REVIEW_STRATEGY_NOT_SET
        ? ReviewStrategy.NONE
        : r.strategy();
    if (r == null) {
      return new TaskSpec.Review(strategy, List.of(), null, null);
    }
    if (r.manual() != null && r.manual().samplePercentage() != null) {
      double p = r.manual().samplePercentage();
      if (!(p >= 0 && p <= 1)) {
        throw ClarifaiError.invalid("review.manual_strategy_info.sample_percentage must be within 0..1");
      }
    }
    TaskSpec.Consensus c = r.consensus();
    if (c != null) {
      int reviewers = c.approvalThresholdReviewers();
      if (reviewers < -1 || reviewers > 1) {
        throw ClarifaiError.invalid(
            "review.consensus_strategy_info.approval_threshold_reviewers must be -1, 0 or 1");
      }
      // (mock choice) both labeler thresholds are echoed as the effective one
      c = new TaskSpec.Consensus(c.effectiveLabelers(), c.effectiveLabelers(), reviewers);
    }
    return new TaskSpec.Review(strategy, users(r.userIds()), r.manual(), c);
  }

  private List<TaskSpec.Concept> concepts(List<TaskSpec.Concept> concepts) {
    List<TaskSpec.Concept> out = new ArrayList<>();
    for (TaskSpec.Concept c : concepts) {
      Concept known = app.concepts.get(c.id());
      if (known == null && config.strictReferences()) {
        throw ClarifaiError.invalid("concept '" + c.id() + "' not found");
      }
      out.add(new TaskSpec.Concept(c.id(), known != null ? known.name() : c.id(), c.autoAnnotationConfig()));
    }
    return out;
  }

  private void checkMembers(List<String> users, String role) {
    for (String u : users) {
      if (!directory.isMember(app.ref, u)) {
        throw ClarifaiError.invalid(role + " '" + u + "' is neither the app owner nor a collaborator");
      }
    }
  }

  /** {@code me} resolved, duplicates dropped keeping first positions. */
  List<String> users(List<String> ids) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (String id : ids) {
      out.add(AccessResolver.ME.equals(id) ? caller.userId() : id);
    }
    return List.copyOf(out);
  }

  private Map<String, Double> resolveKeys(Map<String, Double> weights) {
    Map<String, Double> out = new LinkedHashMap<>();
    weights.forEach((k, v) -> out.put(AccessResolver.ME.equals(k) ? caller.userId() : k, v));
    return out;
  }

  private static String round(double v) {
    return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
