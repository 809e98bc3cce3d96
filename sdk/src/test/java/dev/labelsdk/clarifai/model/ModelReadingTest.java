package dev.labelsdk.clarifai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading answers leniently (spec §4, §12 "Reading"). */
class ModelReadingTest {

  static JsonNode json(String text) throws Exception {
    return JsonSupport.parse(text);
  }

  @Test
  void enumsReadFromNumbersNamesOrNumericStrings() throws Exception {
    assertThat(Task.fromJson(json("{\"type\":2}")).type())
        .isSameAs(TaskType.BOUNDING_BOX_DETECTION);
    assertThat(Task.fromJson(json("{\"type\":\"POLYGON_DETECTION\"}")).type())
        .isSameAs(TaskType.POLYGON_DETECTION);
    assertThat(Task.fromJson(json("{\"type\":\"1\"}")).type())
        .isSameAs(TaskType.CONCEPTS_CLASSIFICATION);
    assertThat(Task.fromJson(json("{}")).type()).isSameAs(TaskType.TYPE_NOT_SET);
  }

  @Test
  void unknownEnumValuesAreKeptNotFatal() throws Exception {
    Task task = Task.fromJson(json("{\"type\":57,\"priority\":\"URGENT\","
        + "\"worker\":{\"strategy\":9},\"status\":{\"code\":54999}}"));
    assertThat(task.type().isKnown()).isFalse();
    assertThat(task.type().number()).isEqualTo(57);
    assertThat(task.type().name()).isEqualTo("UNRECOGNIZED");
    assertThat(task.type()).hasToString("UNRECOGNIZED(57)").isEqualTo(TaskType.of(57));
    assertThat(task.priority().name()).isEqualTo("URGENT");
    assertThat(task.priority().number()).isEqualTo(-1);
    assertThat(task.worker().strategy().number()).isEqualTo(9);
    assertThat(task.status().orElseThrow().code().number()).isEqualTo(54999);
    // Written back as it came: the number, or the name.
    assertThat(task.toJson().get("type").asInt()).isEqualTo(57);
    assertThat(task.toJson().get("priority").asText()).isEqualTo("URGENT");
  }

  @Test
  void statusCodeNamesIncludeOlderAliases() {
    assertThat(StatusCode.of("INPUT_DOWNLOAD_SUCCESS")).isSameAs(StatusCode.INPUT_SUCCESS);
    assertThat(StatusCode.of(54102)).isSameAs(StatusCode.TASK_MISSING);
    assertThat(StatusCode.TASK_MISSING.toJson().asText()).isEqualTo("TASK_MISSING");
  }

  @Test
  void everyKnownNumberFindsItsConstantAndOthersStayUnknown() {
    for (StatusCode code : StatusCode.knownValues()) {
      assertThat(StatusCode.of(code.number())).isSameAs(code);
    }
    for (TaskType type : TaskType.knownValues()) {
      assertThat(TaskType.of(type.number())).isSameAs(type);
    }
    for (int number : new int[] {Integer.MIN_VALUE, -1, 54000, 54004, 99999, Integer.MAX_VALUE}) {
      assertThat(StatusCode.of(number).isKnown()).isFalse();
      assertThat(StatusCode.of(number).number()).isEqualTo(number);
    }
    assertThat(TaskType.of(0)).isSameAs(TaskType.TYPE_NOT_SET);
    assertThat(StatusCode.of(54001)).isSameAs(StatusCode.TASK_IN_PROGRESS);
  }

  @ParameterizedTest
  @CsvSource({
      "2026-11-22T17:55:00Z, 2026-11-22T17:55:00Z",
      "2026-11-22T17:55:00.1Z, 2026-11-22T17:55:00.100Z",
      "2026-11-22T17:55:00.123Z, 2026-11-22T17:55:00.123Z",
      "2026-11-22T17:55:00.123456Z, 2026-11-22T17:55:00.123456Z",
      "2026-11-22T17:55:00.123456789Z, 2026-11-22T17:55:00.123456789Z",
      "2026-11-22T19:55:00.5+02:00, 2026-11-22T17:55:00.500Z",
  })
  void timestampsHaveZeroToNineFractionalDigitsAndAnyOffset(String wire, String expected)
      throws Exception {
    Task task = Task.fromJson(json("{\"created_at\":\"" + wire + "\"}"));
    assertThat(task.createdAt()).contains(Instant.parse(expected));
  }

  @Test
  void aMalformedTimestampNamesTheField() {
    assertThatThrownBy(() -> Task.fromJson(json("{\"modified_at\":\"2026-02-30T00:00:00Z\"}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("task: \"modified_at\" is not an RFC 3339 timestamp");
  }

  @Test
  void uint64ReadsFromStringsOrNumbers() throws Exception {
    TaskMetrics m = TaskMetrics.fromJson(json("{\"work\":{\"inputs_count_estimated\":\"42\","
        + "\"inputs_percent_estimated\":84},\"review\":{\"inputs_count_estimated\":41,"
        + "\"inputs_count_estimated_per_reviewer\":[\"3\",4]},"
        + "\"input_source\":{\"inputs_count_estimated\":\"50\"}}"));
    assertThat(m.workedInputs()).isEqualTo(42);
    assertThat(m.workedPercent()).isEqualTo(84);
    assertThat(m.reviewedInputs()).isEqualTo(41);
    assertThat(m.reviewedPercent()).isZero();
    assertThat(m.reviewedPerReviewer()).containsExactly(3L, 4L);
    assertThat(m.inputSourceInputs()).isEqualTo(50);
    WorkerCounts counts = WorkerCounts.fromJson(json("{\"worker\":{\"user\":{\"id\":\"u1\"}},"
        + "\"pending\":\"2\",\"success\":3}"));
    assertThat(counts).isEqualTo(new WorkerCounts("u1", 2, 0, 3, 0, 0));
  }

  @Test
  void theThreeWorkerFormsAreMerged() throws Exception {
    TaskWorker worker = TaskWorker.fromJson(json("{\"strategy\":\"PARTITIONED\","
        + "\"user_ids\":[\"u1\"],\"users\":[{\"id\":\"u2\"},{\"id\":\"u1\"}],"
        + "\"workers\":[{\"user\":{\"id\":\"u3\"}},{\"model\":{\"id\":\"m1\"}}],"
        + "\"partitioned_strategy_info\":{\"type\":2,\"workers_per_input\":1,"
        + "\"weights\":{\"u1\":90,\"u2\":10.0,\"u3\":1}}}"));
    assertThat(worker.userIds()).containsExactly("u1", "u2", "u3");
    assertThat(worker.strategy()).isSameAs(WorkerStrategy.PARTITIONED);
    assertThat(worker.partitionedStrategy()).isSameAs(PartitionedStrategy.WEIGHTED);
    assertThat(worker.weights()).containsExactly(java.util.Map.entry("u1", 90.0),
        java.util.Map.entry("u2", 10.0), java.util.Map.entry("u3", 1.0));
    TaskReview review = TaskReview.fromJson(json("{\"strategy\":3,\"user_ids\":[\"r1\"],"
        + "\"users\":[{\"id\":\"r2\"}],\"consensus_strategy_info\":{\"approval_threshold\":2}}"));
    assertThat(review.reviewerIds()).containsExactly("r1", "r2");
    assertThat(review.approvalThreshold()).isEqualTo(2);
    assertThat(TaskReview.fromJson(json("{\"consensus_strategy_info\":{\"approval_threshold\":2,"
        + "\"approval_threshold_labelers\":3}}")).approvalThreshold()).isEqualTo(3);
  }

  @Test
  void conceptsWithoutValueArePositiveAndTheOldConceptIdsAreRead() throws Exception {
    assertThat(Concept.fromJson(json("{\"id\":\"water\"}")).value()).isEqualTo(1.0);
    assertThat(Concept.fromJson(json("{\"id\":\"tree\",\"value\":0}")).isPositive()).isFalse();
    assertThat(Task.fromJson(json("{\"concept_ids\":[\"a\",\"b\"]}")).conceptIds())
        .containsExactly("a", "b");
    assertThat(Task.fromJson(json("{\"concept_ids\":[\"a\"],\"concepts\":[{\"concept\":"
        + "{\"id\":\"c\"}}]}")).conceptIds()).containsExactly("c");
  }

  @Test
  void unknownFieldsAreKeptAndWrittenBack() throws Exception {
    Task task = Task.fromJson(json("{\"id\":\"t1\",\"visibility\":{\"gettable\":10},"
        + "\"ai_assistant\":{\"workflow_id\":\"w\"},\"worker\":{\"strategy\":3,"
        + "\"new_thing\":true}}"));
    assertThat(task.additionalProperties()).containsOnlyKeys("visibility", "ai_assistant");
    Task renamed = task.toBuilder().name("renamed").build();
    assertThat(renamed.toJson().at("/visibility/gettable").asInt()).isEqualTo(10);
    assertThat(renamed.toJson().at("/ai_assistant/workflow_id").asText()).isEqualTo("w");
    assertThat(renamed.toJson().at("/worker/new_thing").asBoolean()).isTrue();
  }

  @Test
  void annotationsReadTheAuthorAndTaskFromEveryForm() throws Exception {
    Annotation a = Annotation.fromJson(json("{\"id\":\"a1\",\"input_id\":\"in1\","
        + "\"worker\":{\"user\":{\"id\":\"u1\"}},\"annotation_info\":{\"task_id\":\"t1\"},"
        + "\"status\":{\"code\":24157},\"data\":{\"concepts\":[{\"id\":\"water\"}],"
        + "\"regions\":[{\"id\":\"r1\",\"region_info\":{\"bounding_box\":{\"top_row\":0.1,"
        + "\"right_col\":0.5}},\"data\":{\"concepts\":[{\"id\":\"boat\",\"value\":1}]}}]}}"));
    assertThat(a.userId()).isEqualTo("u1");
    assertThat(a.taskId()).isEqualTo("t1");
    assertThat(a.status().orElseThrow().code()).isSameAs(StatusCode.ANNOTATION_AWAITING_REVIEW);
    assertThat(a.data().positiveConceptIds()).containsExactly("water");
    Region region = a.data().regions().get(0);
    assertThat(region.boundingBox()).contains(new BoundingBox(0.1, 0, 0, 0.5));
    assertThat(region.concepts()).extracting(Concept::id).containsExactly("boat");
  }

  @Test
  void wrongTypesNameTheObjectAndKey() {
    assertThatThrownBy(() -> Task.fromJson(json("{\"worker\":{\"user_ids\":\"u1\"}}")))
        .hasMessage("worker: \"user_ids\" must be an array but was string \"u1\"");
    assertThatThrownBy(() -> TaskWorker.fromJson(json("{\"partitioned_strategy_info\":"
        + "{\"weights\":{\"u1\":\"heavy\"}}}")))
        .hasMessageContaining("the weight of \"u1\" must be a number");
    assertThatThrownBy(() -> Status.fromJson(json("{\"code\":true}")))
        .hasMessageContaining("must be a StatusCode name or number");
  }
}
