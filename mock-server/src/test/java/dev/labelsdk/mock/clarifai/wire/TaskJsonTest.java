package dev.labelsdk.mock.clarifai.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.clarifai.AppRef;
import dev.labelsdk.mock.clarifai.InputSourceType;
import dev.labelsdk.mock.clarifai.PartitionedType;
import dev.labelsdk.mock.clarifai.ReviewStrategy;
import dev.labelsdk.mock.clarifai.StatusCode;
import dev.labelsdk.mock.clarifai.Task;
import dev.labelsdk.mock.clarifai.TaskMetrics;
import dev.labelsdk.mock.clarifai.TaskPriority;
import dev.labelsdk.mock.clarifai.TaskSpec;
import dev.labelsdk.mock.clarifai.TaskType;
import dev.labelsdk.mock.clarifai.TaskView;
import dev.labelsdk.mock.clarifai.Visibility;
import dev.labelsdk.mock.clarifai.WorkerStrategy;
import dev.labelsdk.mock.clarifai.WorkerType;
import dev.labelsdk.mock.common.Json;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tasks as {@link TaskJson} streams them, byte for byte: every worker strategy, both review
 * strategy infos, metrics with per-reviewer lists, Structs kept verbatim, defaults omitted.
 * The expected texts are what the earlier tree-building writer produced.
 */
class TaskJsonTest {

  private static final AppRef APP = new AppRef("owner", "app-1");
  private static final long AT = 1_780_000_000_123L;

  private static List<TaskView> views() {
    JsonNode aiAssistant = Json.tree("{\"workflow_id\":\"wf-1\",\"threshold\":0.25}");
    JsonNode metadata = Json.tree("{\"project\":\"cats\",\"batch\":7,\"weight\":1.10}");
    JsonNode auto = Json.tree("{\"annotation_data_types\":1,\"threshold_range\":{\"lower\":0.5}}");
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("w2", 90.0);
    weights.put("w1", 10.5);
    TaskSpec partitioned = new TaskSpec("t1", TaskType.BOUNDING_BOX_DETECTION, "boxes, please", "rich task",
        new TaskSpec.Worker(WorkerStrategy.PARTITIONED, List.of("w2", "w1"),
            new TaskSpec.Partitioned(PartitionedType.WEIGHTED, 2, weights), WorkerType.WORKER_HUMAN, false),
        List.of(new TaskSpec.Concept("cat", "Cat", auto), new TaskSpec.Concept("dog", "dog", null)),
        new TaskSpec.Source(InputSourceType.DATASET, "ds-1"), 500, aiAssistant,
        new TaskSpec.Review(ReviewStrategy.MANUAL, List.of("r1", "r2"), new TaskSpec.Manual(12.5, 1), null),
        null, Json.tree("{\"min_score\":0.9}"), Visibility.ORG, "order-1", true, TaskPriority.HIGH, metadata);
    TaskMetrics metrics = new TaskMetrics(4, 3, 75, 2, 50, List.of(2L, 0L), List.of(1L, 1L), List.of(66, 0));
    TaskSpec consensus = new TaskSpec("t2", TaskType.CONCEPTS_CLASSIFICATION, null, null,
        new TaskSpec.Worker(WorkerStrategy.FULL, List.of("w1", "w2", "w3"), null, null, false),
        List.of(), new TaskSpec.Source(InputSourceType.ALL_INPUTS, null), 0, null,
        new TaskSpec.Review(ReviewStrategy.CONSENSUS, List.of("r1"), null, new TaskSpec.Consensus(2, 3, -1)),
        null, null, null, null, false, null, null);
    TaskSpec dynamic = new TaskSpec("t3", TaskType.POLYGON_DETECTION, "", "",
        new TaskSpec.Worker(WorkerStrategy.DYNAMIC, List.of(),
            new TaskSpec.Partitioned(PartitionedType.EVENLY, 0, Map.of()), null, false),
        List.of(), new TaskSpec.Source(InputSourceType.INPUT_SOURCE_TYPE_NOT_SET, null), 0, null,
        new TaskSpec.Review(ReviewStrategy.NONE, List.of(), new TaskSpec.Manual(0.0, 0), null),
        null, null, Visibility.UNKNOWN_VISIBILITY, null, false, TaskPriority.TASK_PRIORITY_NOT_SET, null);
    return List.of(
        new TaskView(new Task("t1", APP, AT, AT + 1_500, partitioned, StatusCode.TASK_IN_PROGRESS,
            List.of("i1")), metrics),
        new TaskView(new Task("t2", APP, AT, AT, consensus, StatusCode.TASK_DONE, List.of()), null),
        new TaskView(new Task("t3", APP, AT, AT, dynamic, StatusCode.TASK_IN_PROGRESS, List.of()),
            new TaskMetrics(0, 0, 0, 0, 0, List.of(), List.of(), List.of())));
  }

  private static final List<TaskView> VIEWS = views();

  private static String written(TaskView view) {
    return new String(Json.write(g -> TaskJson.write(g, view)), StandardCharsets.UTF_8);
  }

  @Test
  void aPartitionedWeightedTaskWithManualReviewConceptsAndMetrics() {
    assertThat(written(VIEWS.get(0))).isEqualTo(
        """
        {"id":"t1","created_at":"2026-05-28T20:26:40.123000Z",\
        "modified_at":"2026-05-28T20:26:41.623000Z","type":2,"description":"boxes, please",\
        "worker":{"strategy":2,"user_ids":["w2","w1"],"users":[{"id":"w2"},{"id":"w1"}],\
        "workers":[{"user":{"id":"w2"}},{"user":{"id":"w1"}}],\
        "partitioned_strategy_info":{"type":2,"workers_per_input":2,"weights":{"w2":90,"w1":10.5}},\
        "type":1},"concept_ids":["cat","dog"],"input_source":{"type":3,"id":"ds-1"},\
        "sample_ms":500,"ai_assistant":{"workflow_id":"wf-1","threshold":0.25},\
        "review":{"strategy":2,"user_ids":["r1","r2"],"users":[{"id":"r1"},{"id":"r2"}],\
        "manual_strategy_info":{"sample_percentage":12.5,"approval_threshold":1}},\
        "status":{"code":54001,"description":"Task in progress"},"name":"rich task",\
        "ai_assist_params":{"min_score":0.9},"visibility":{"gettable":30},"app_id":"app-1",\
        "user_id":"owner","label_order_id":"order-1","concepts":[{"concept":{"id":"cat",\
        "name":"Cat","value":1.0},"auto_annotation_config":{"annotation_data_types":1,\
        "threshold_range":{"lower":0.5}}},{"concept":{"id":"dog","name":"dog","value":1.0}}],\
        "delete_previous_annotations":true,"metrics":{"work":{"inputs_count_estimated":"3",\
        "inputs_percent_estimated":75},"review":{"inputs_count_estimated":"2",\
        "inputs_percent_estimated":50,"inputs_count_estimated_per_reviewer":["2","0"],\
        "inputs_reviewable_count_estimated_per_reviewer":["1","1"],\
        "inputs_percent_estimated_per_reviewer":[66,0]},\
        "input_source":{"inputs_count_estimated":"4"}},"priority":3,"metadata":{"project":"cats",\
        "batch":7,"weight":1.10}}""");
  }

  @Test
  void aFullTaskWithConsensusReviewAndNoOptionalFields() {
    assertThat(written(VIEWS.get(1))).isEqualTo(
        """
        {"id":"t2","created_at":"2026-05-28T20:26:40.123000Z",\
        "modified_at":"2026-05-28T20:26:40.123000Z","type":1,"worker":{"strategy":3,\
        "user_ids":["w1","w2","w3"],"users":[{"id":"w1"},{"id":"w2"},{"id":"w3"}],\
        "workers":[{"user":{"id":"w1"}},{"user":{"id":"w2"}},{"user":{"id":"w3"}}]},\
        "input_source":{"type":1},"review":{"strategy":3,"user_ids":["r1"],"users":[{"id":"r1"}],\
        "consensus_strategy_info":{"approval_threshold":2,"approval_threshold_labelers":3,\
        "approval_threshold_reviewers":-1}},"status":{"code":54002,"description":"Task done"},\
        "app_id":"app-1","user_id":"owner"}""");
  }

  @Test
  void aDynamicTaskWithoutWorkersKeepsEmptyMessagesAndOmitsEmptyLists() {
    assertThat(written(VIEWS.get(2))).isEqualTo(
        """
        {"id":"t3","created_at":"2026-05-28T20:26:40.123000Z",\
        "modified_at":"2026-05-28T20:26:40.123000Z","type":3,"worker":{"strategy":4,\
        "partitioned_strategy_info":{"type":1}},"input_source":{},"review":{"strategy":1,\
        "manual_strategy_info":{}},"status":{"code":54001,"description":"Task in progress"},\
        "visibility":{},"app_id":"app-1","user_id":"owner","metrics":{"work":{},"review":{},\
        "input_source":{}}}""");
  }
}
