package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a client says about a task on create or overwrite (spec §3.1 to §3.4), decoded from
 * any of the wire eras: the worker and reviewer lists are already merged (still with
 * {@code me}) and the concepts are the effective ones. The engine normalizes it
 * ({@link TaskValidator}) before storing it. Struct fields are JSON trees, never mutated.
 */
public record TaskSpec(
    String id, TaskType type, String description, String name, Worker worker,
    List<Concept> concepts, Source inputSource, int sampleMs, JsonNode aiAssistant, Review review,
    StatusCode status, JsonNode aiAssistParams, Visibility visibility, String labelOrderId,
    boolean deletePreviousAnnotations, TaskPriority priority, JsonNode metadata) {

  public TaskSpec {
    concepts = List.copyOf(concepts);
  }

  /**
   * TaskWorker: the effective worker list, partitioned info (null when not sent), and whether
   * a model or workflow worker was named (not implemented: 54101).
   */
  public record Worker(WorkerStrategy strategy, List<String> userIds, Partitioned partitioned,
      WorkerType type, boolean automated) {
    public Worker {
      userIds = List.copyOf(userIds);
    }
  }

  /** TaskWorkerPartitionedStrategyInfo; {@code weights} keeps the client's key order. */
  public record Partitioned(PartitionedType type, int workersPerInput, Map<String, Double> weights) {
    public Partitioned {
      weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
    }
  }

  /** TaskInputSource. */
  public record Source(InputSourceType type, String id) {}

  /** TaskConcept: a concept id, its name once resolved, and the stored auto-annotation config. */
  public record Concept(String id, String name, JsonNode autoAnnotationConfig) {}

  /** TaskReview: the effective reviewer list and at most one strategy info (null when absent). */
  public record Review(ReviewStrategy strategy, List<String> userIds, Manual manual,
      Consensus consensus) {
    public Review {
      userIds = List.copyOf(userIds);
    }

    /** The labeler threshold of spec §3.4 (0 when there is no consensus info). */
    public int labelerThreshold() {
      return consensus == null ? 0 : consensus.effectiveLabelers();
    }

    /** -1 when every listed reviewer must approve; otherwise one reviewer decides. */
    public int reviewerThreshold() {
      return consensus == null ? 0 : consensus.approvalThresholdReviewers();
    }
  }

  /** TaskReviewManualStrategyInfo; {@code samplePercentage} is null when not sent. */
  public record Manual(Double samplePercentage, int approvalThreshold) {}

  /** TaskReviewConsensusStrategyInfo. */
  public record Consensus(int approvalThreshold, int approvalThresholdLabelers,
      int approvalThresholdReviewers) {
    /** {@code approval_threshold_labelers} when it is > 0, else {@code approval_threshold}. */
    public int effectiveLabelers() {
      return approvalThresholdLabelers > 0 ? approvalThresholdLabelers : approvalThreshold;
    }
  }
}
