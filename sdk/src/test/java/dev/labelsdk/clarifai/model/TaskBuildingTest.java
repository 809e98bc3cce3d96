package dev.labelsdk.clarifai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.core.JsonSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Fluent task building and the checks of what can never work (spec §7.1, §12). */
class TaskBuildingTest {

  static Task withWorker(TaskWorker worker) {
    return Task.builder().concepts("water").worker(worker).build();
  }

  @Test
  void aNewTaskHasReadableDefaults() throws Exception {
    Task task = Task.builder().name("Annotate water").concepts("water").build();
    assertThat(task.toJson()).isEqualTo(JsonSupport.parse("""
        {"type":"CONCEPTS_CLASSIFICATION","worker":{"strategy":"FULL"},"concept_ids":["water"],
         "concepts":[{"concept":{"id":"water","value":1.0}}],"input_source":{"type":"ALL_INPUTS"},
         "review":{"strategy":"NONE"},"name":"Annotate water"}"""));
    assertThat(task.problems()).isEmpty();
  }

  @Test
  void workerFactoriesReadLikeTheStrategies() {
    assertThat(TaskWorker.full("u1", "u2").toJson(UserListForm.USER_IDS).toString())
        .isEqualTo("{\"strategy\":\"FULL\",\"user_ids\":[\"u1\",\"u2\"]}");
    assertThat(TaskWorker.evenly("u1", "u2", "u3").workersPerInput(2)
        .toJson(UserListForm.USER_IDS).toString())
        .isEqualTo("{\"strategy\":\"PARTITIONED\",\"user_ids\":[\"u1\",\"u2\",\"u3\"],"
            + "\"partitioned_strategy_info\":{\"type\":\"EVENLY\",\"workers_per_input\":2}}");
    assertThat(TaskWorker.dynamic().toJson(UserListForm.USER_IDS).toString())
        .isEqualTo("{\"strategy\":\"DYNAMIC\"}");
    assertThat(TaskWorker.dynamic("u1").workersPerInput(2).toJson(UserListForm.USER_IDS)
        .toString()).isEqualTo("{\"strategy\":\"DYNAMIC\",\"user_ids\":[\"u1\"],"
            + "\"partitioned_strategy_info\":{\"workers_per_input\":2}}");
    TaskWorker weighted = TaskWorker.partitioned().weights(Map.of("u1", 3)).weight("u2", 1.5);
    assertThat(weighted.userIds()).containsExactly("u1", "u2");
    assertThat(weighted.weights()).containsEntry("u1", 3.0).containsEntry("u2", 1.5);
  }

  @Test
  void reviewFactoriesReadLikeTheStrategies() {
    assertThat(TaskReview.none().toJson(UserListForm.USER_IDS).toString())
        .isEqualTo("{\"strategy\":\"NONE\"}");
    assertThat(TaskReview.manual().reviewers("r1").samplePercentage(0.25)
        .toJson(UserListForm.USER_IDS).toString()).isEqualTo("{\"strategy\":\"MANUAL\","
            + "\"user_ids\":[\"r1\"],\"manual_strategy_info\":{\"sample_percentage\":0.25}}");
    assertThat(TaskReview.consensus(2).reviewers("r1").requireAllReviewers()
        .toJson(UserListForm.USER_IDS).toString()).isEqualTo("{\"strategy\":\"CONSENSUS\","
            + "\"user_ids\":[\"r1\"],\"consensus_strategy_info\":{\"approval_threshold\":2,"
            + "\"approval_threshold_labelers\":2,\"approval_threshold_reviewers\":-1}}");
    assertThat(InputSource.savedSearch("s1").toJson().toString())
        .isEqualTo("{\"type\":\"SAVED_SEARCH\",\"id\":\"s1\"}");
  }

  @Test
  void aShareAboveOneOverWorkersPerInputIsRefusedWithTheNumbers() {
    // Acceptance vector 5: {60, 20, 20} with two workers per input.
    Task task = withWorker(TaskWorker.partitioned().weight("u1", 60).weight("u2", 20)
        .weight("u3", 20).workersPerInput(2));
    assertThat(task.problems()).containsExactly("worker \"u1\" would get 60.0% of the labeling"
        + " slots (weight 60 of 100), but with workersPerInput 2 no worker can take more than"
        + " 50.0% (each input needs 2 different workers): lower the weight or workersPerInput");
    assertThat(withWorker(TaskWorker.partitioned().weight("u1", 50).weight("u2", 25)
        .weight("u3", 25).workersPerInput(2)).problems()).isEmpty();
    assertThat(withWorker(TaskWorker.partitioned().weight("u1", 90).weight("u2", 10))
        .problems()).isEmpty();
  }

  @Test
  void moreWorkersPerInputThanWorkersIsRefused() {
    assertThat(withWorker(TaskWorker.evenly("u1", "u2").workersPerInput(3)).problems())
        .containsExactly("workersPerInput is 3 but there are only 2 workers: each input needs 3"
            + " different workers");
    assertThat(withWorker(TaskWorker.partitioned()).problems())
        .singleElement().asString().contains("at least one worker");
  }

  @Test
  void weightsMustMatchTheWorkersAndNotAllBeZero() throws Exception {
    TaskWorker read = TaskWorker.fromJson(JsonSupport.parse("{\"strategy\":\"PARTITIONED\","
        + "\"user_ids\":[\"u1\",\"u2\"],\"partitioned_strategy_info\":{\"type\":\"WEIGHTED\","
        + "\"weights\":{\"u1\":1,\"u9\":1}}}"));
    assertThat(withWorker(read).problems()).containsExactly(
        "a weight is given for \"u9\", who is not one of the workers [u1, u2]",
        "worker \"u2\" has no weight");
    assertThat(withWorker(TaskWorker.partitioned().weight("u1", 0).weight("u2", 0)).problems())
        .containsExactly("the weights add up to 0: give at least one worker a positive weight");
  }

  @Test
  void argumentsWrongOnTheirOwnFailAtOnce() {
    assertThatThrownBy(() -> TaskWorker.partitioned().weight("u1", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the weight of \"u1\" must be a finite number >= 0 but was -1");
    assertThatThrownBy(() -> TaskWorker.partitioned().weight("u1", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaskWorker.evenly("u1").weight("u1", 1))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("partitioned() only");
    assertThatThrownBy(() -> TaskWorker.full("u1").workersPerInput(2))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> TaskWorker.evenly("u1").workersPerInput(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaskWorker.full(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaskReview.manual().samplePercentage(1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaskReview.consensus(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaskReview.none().requireAllReviewers())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Task.builder().concepts("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BoundingBox.of(0.5, 0, 0.4, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aConsensusThresholdAboveWorkersPerInputIsAllowed() {
    // The seeds' own example: one labeler per input, threshold 2 (work goes to reviewers).
    Task task = Task.builder().worker(TaskWorker.partitioned().weight("u1", 1).weight("u2", 1)
        .weight("u3", 1).workersPerInput(1)).review(TaskReview.consensus(2).reviewers("u4"))
        .build();
    assertThat(task.problems()).isEmpty();
  }

  @Test
  void aConsensusThatCanNeverBeReachedNeedsReviewers() {
    Task alone = Task.builder().worker(TaskWorker.evenly("u1", "u2"))
        .review(TaskReview.consensus(2)).build();
    assertThat(alone.problems()).containsExactly("the consensus threshold is 2 but each input"
        + " has only 1 labeler, so consensus can never be reached, and the review has no"
        + " reviewers to decide instead: lower the threshold or add reviewers");
    assertThat(Task.builder().worker(TaskWorker.full("u1", "u2"))
        .review(TaskReview.consensus(3)).build().problems()).singleElement().asString()
        .contains("only 2 labelers");
    // Reachable thresholds, and a task with no workers yet, are fine without reviewers.
    assertThat(Task.builder().worker(TaskWorker.full("u1", "u2"))
        .review(TaskReview.consensus(2)).build().problems()).isEmpty();
    assertThat(Task.builder().worker(TaskWorker.evenly("u1", "u2", "u3").workersPerInput(3))
        .review(TaskReview.consensus(3)).build().problems()).isEmpty();
    assertThat(Task.builder().review(TaskReview.consensus(2)).build().problems()).isEmpty();
  }

  @Test
  void aSourceThatNeedsAnIdHasOne() throws Exception {
    Task read = Task.fromJson(JsonSupport.parse("{\"input_source\":{\"type\":\"DATASET\"}}"));
    assertThat(read.problems()).containsExactly("a DATASET input source needs an id");
  }

  @Test
  void toBuilderKeepsEverythingAndModelsAreValues() {
    Task task = Task.builder().id("t1").name("n").description("d").concepts("a", "b")
        .worker(TaskWorker.evenly("u1", "u2")).review(TaskReview.manual().reviewers("r1"))
        .inputSource(InputSource.dataset("ds")).sampleMs(500).priority(TaskPriority.HIGH)
        .metadata(Map.of("k", "v")).labelOrderId("lo").status(StatusCode.TASK_DONE).build();
    assertThat(task.toBuilder().build()).isEqualTo(task).hasSameHashCodeAs(task);
    assertThat(task.toBuilder().name("other").build()).isNotEqualTo(task);
    assertThat(task.toJson().at("/priority").asText()).isEqualTo("HIGH");
    assertThat(task.toJson().at("/status/code").asText()).isEqualTo("TASK_DONE");
  }
}
