package dev.labelsdk.clarifai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.clarifai.model.AdditionalField;
import dev.labelsdk.clarifai.model.Annotation;
import dev.labelsdk.clarifai.model.AnnotationQuery;
import dev.labelsdk.clarifai.model.BoundingBox;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.InputSource;
import dev.labelsdk.clarifai.model.InputSourceType;
import dev.labelsdk.clarifai.model.Region;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.clarifai.model.TaskReview;
import dev.labelsdk.clarifai.model.TaskWorker;
import dev.labelsdk.clarifai.model.UserListForm;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** What goes over the wire: headers, URLs, query encoding and JSON bodies (spec §2, §4, §12). */
class ClarifaiWireFormatTest extends ClarifaiWireTestBase {

  @Test
  void sendsTheKeySchemeAndUsesTheLongPathWithMe() throws Exception {
    enqueueTask(TASK_ID);
    client.tasks().get(TASK_ID);
    RecordedRequest r = take();
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Key pat-wire");
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(r.getHeaders().get("User-Agent")).startsWith("labelsdk-clarifai-java/");
    assertThat(r.getHeaders().get("X-Retry-Count")).isNull();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo(APP_PATH + "/tasks/" + TASK_ID);
    assertThat(r.getUrl().encodedQuery()).isNull();
  }

  @Test
  void percentEncodesUserAppAndIdsAsSingleSegments() throws Exception {
    try (ClarifaiClient other = builder().userId("the owner").appId("app/2").build()) {
      enqueueTask(TASK_ID);
      other.tasks().get("a/b c");
      assertThat(take().getUrl().encodedPath())
          .isEqualTo("/v2/users/the%20owner/apps/app%2F2/tasks/a%2Fb%20c");
      assertThat(other.baseUrl()).endsWith("/v2/users/the%20owner/apps/app%2F2/");
    }
  }

  @Test
  void aBaseUrlEndingWithV2IsNotDoubled() throws Exception {
    try (ClarifaiClient other = builder().baseUrl(server.url("/v2/").toString()).build()) {
      enqueueTask(TASK_ID);
      other.tasks().get(TASK_ID);
      assertThat(take().getUrl().encodedPath()).isEqualTo(APP_PATH + "/tasks/" + TASK_ID);
    }
  }

  @Test
  void anAppKeyWithoutAppIdUsesTheShortPath() throws Exception {
    try (ClarifaiClient appKey = ClarifaiClient.builder().apiKey("app-key")
        .baseUrl(server.url("/").toString()).build()) {
      enqueueOk("\"tasks\":[]");
      appKey.tasks().list(TaskQuery.all());
      RecordedRequest r = take();
      assertThat(r.getUrl().encodedPath()).isEqualTo("/v2/tasks");
      assertThat(r.getHeaders().get("Authorization")).isEqualTo("Key app-key");
    }
  }

  @Test
  void listFiltersAreRepeatedQueryParameters() throws Exception {
    enqueueOk("\"tasks\":[]");
    client.tasks().list(TaskQuery.all()
        .workers("u1", "u9")
        .reviewers("r1")
        .ids("t1", "t2")
        .inputSource(InputSourceType.DATASET, "d1", "d2")
        .labelOrders("lo1")
        .includingLabelOrderTasks()
        .additionalFields(AdditionalField.ALL)
        .page(2)
        .perPage(50));
    RecordedRequest r = take();
    assertThat(r.getUrl().encodedPath()).isEqualTo(APP_PATH + "/tasks");
    assertThat(r.getUrl().encodedQuery()).isEqualTo("page=2&per_page=50"
        + "&worker_user_ids=u1&worker_user_ids=u9&review_user_ids=r1&ids=t1&ids=t2"
        + "&input_source_type=DATASET&input_source_ids=d1&input_source_ids=d2"
        + "&label_order_ids=lo1&including_label_order_tasks=true&additional_fields=all");
  }

  @Test
  void metricsAreAskedForWithEveryMetricsField() throws Exception {
    enqueueTask(TASK_ID);
    client.tasks().get(TASK_ID, AdditionalField.METRICS, AdditionalField.ALL);
    assertThat(take().getUrl().queryParameterValues("additional_fields")).containsExactly(
        "metrics.input_source.inputs_count_estimated", "metrics.work.inputs_count_estimated",
        "metrics.work.inputs_percent_estimated", "metrics.review.inputs_count_estimated",
        "metrics.review.inputs_percent_estimated",
        "metrics.review.inputs_count_estimated_per_reviewer",
        "metrics.review.inputs_reviewable_count_estimated_per_reviewer",
        "metrics.review.inputs_percent_estimated_per_reviewer", "all");
  }

  @Test
  void annotationFiltersAndCountsUseRepeatedKeysToo() throws Exception {
    enqueueOk("\"annotations\":[]");
    client.annotations().list(AnnotationQuery.forTask("t1").users("u1", "u2")
        .inputs("in1").statuses(StatusCode.ANNOTATION_SUCCESS, StatusCode.ANNOTATION_PENDING));
    assertThat(take().getUrl().encodedQuery()).isEqualTo("input_ids=in1&user_ids=u1"
        + "&user_ids=u2&statuses.code=ANNOTATION_SUCCESS&statuses.code=ANNOTATION_PENDING"
        + "&task_id=t1");

    enqueueOk("\"app_id\":\"app1\",\"task_id\":\"t1\",\"counts\":[]");
    client.tasks().inputCounts("t1", "u1", "u2");
    RecordedRequest counts = take();
    assertThat(counts.getUrl().encodedPath()).isEqualTo(APP_PATH + "/tasks/t1/inputs/count");
    assertThat(counts.getUrl().encodedQuery()).isEqualTo("user_ids=u1&user_ids=u2");
  }

  @Test
  void createWritesSnakeCaseEnumNamesAndWeightsAsAnObjectOfNumbers() throws Exception {
    enqueueOk("\"tasks\":[" + task(TASK_ID) + "]");
    client.tasks().create(Task.builder()
        .name("Annotate water")
        .concepts("water")
        .inputSource(InputSource.dataset("ds1"))
        .worker(TaskWorker.partitioned().weight("u1", 90).weight("u2", 10).workersPerInput(1))
        .review(TaskReview.consensus(2).reviewers("u4"))
        .sampleMs(1000)
        .metadata(Map.of("batch", 7))
        .build());
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo(APP_PATH + "/tasks");
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(body(r)).isEqualTo(json("""
        {"tasks":[{"type":"CONCEPTS_CLASSIFICATION",
          "worker":{"strategy":"PARTITIONED","user_ids":["u1","u2"],
            "partitioned_strategy_info":{"type":"WEIGHTED","workers_per_input":1,
              "weights":{"u1":90.0,"u2":10.0}}},
          "concept_ids":["water"],"concepts":[{"concept":{"id":"water","value":1.0}}],
          "input_source":{"type":"DATASET","id":"ds1"},"sample_ms":1000,
          "review":{"strategy":"CONSENSUS","user_ids":["u4"],
            "consensus_strategy_info":{"approval_threshold":2,"approval_threshold_labelers":2}},
          "name":"Annotate water","metadata":{"batch":7}}]}"""));
    // Weights are JSON numbers with a fraction, as the official clients send Struct values.
    assertThat(r.getBody().utf8()).contains("\"weights\":{\"u1\":90.0,\"u2\":10.0}");
  }

  @Test
  void workersCanBeSentInTheCurrentForm() throws Exception {
    try (ClarifaiClient current = builder().userListForm(UserListForm.WORKERS).build()) {
      enqueueOk("\"tasks\":[" + task(TASK_ID) + "]");
      current.tasks().create(Task.builder().worker(TaskWorker.full("u1"))
          .review(TaskReview.manual().reviewers("r1").samplePercentage(0.5)).build());
      JsonNode t = body(take()).at("/tasks/0");
      assertThat(t.get("worker")).isEqualTo(json(
          "{\"strategy\":\"FULL\",\"workers\":[{\"user\":{\"id\":\"u1\"}}]}"));
      assertThat(t.get("review")).isEqualTo(json("{\"strategy\":\"MANUAL\","
          + "\"users\":[{\"id\":\"r1\"}],\"manual_strategy_info\":{\"sample_percentage\":0.5}}"));
    }
  }

  @Test
  void updateOverwritesTheWholeTaskWithoutServerSetFields() throws Exception {
    enqueueTask(TASK_ID);
    Task stored = client.tasks().get(TASK_ID);
    take();
    enqueueOk("\"tasks\":[" + task(TASK_ID) + "]");
    client.tasks().update(stored.toBuilder().name("Renamed").status(StatusCode.TASK_DONE).build());
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("PATCH");
    assertThat(body(r)).isEqualTo(json("""
        {"action":"overwrite","tasks":[{"id":"%s","type":"CONCEPTS_CLASSIFICATION",
          "worker":{"strategy":"FULL","user_ids":["u1"]},"concept_ids":["water"],
          "concepts":[{"concept":{"id":"water","name":"water","value":1.0}}],
          "input_source":{"type":"ALL_INPUTS"},"review":{"strategy":"NONE"},
          "status":{"code":"TASK_DONE"},"name":"Renamed"}]}""".formatted(TASK_ID)));
  }

  @Test
  void markDoneMergesOnlyTheStatus() throws Exception {
    enqueueOk("\"tasks\":[" + task(TASK_ID) + "]");
    client.tasks().markDone(TASK_ID);
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("PATCH");
    assertThat(body(r)).isEqualTo(json("{\"action\":\"merge\",\"tasks\":[{\"id\":\"" + TASK_ID
        + "\",\"status\":{\"code\":\"TASK_DONE\"}}]}"));
  }

  @Test
  void deleteSendsTheIdsInADeleteBody() throws Exception {
    enqueueOk("");
    client.tasks().delete("t1", "t2");
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("DELETE");
    assertThat(r.getUrl().encodedPath()).isEqualTo(APP_PATH + "/tasks");
    assertThat(body(r)).isEqualTo(json("{\"ids\":[\"t1\",\"t2\"]}"));
  }

  @Test
  void assignmentActionsArePutsWithTheirConfig() throws Exception {
    TaskAssignments work = client.tasks().assignments(TASK_ID);
    enqueueOk("\"task_assignments\":[]");
    work.labelStart();
    RecordedRequest start = take();
    assertThat(start.getMethod()).isEqualTo("PUT");
    assertThat(start.getUrl().encodedPath()).isEqualTo(APP_PATH + "/tasks/" + TASK_ID
        + "/assignments");
    assertThat(body(start)).isEqualTo(json("{\"action\":\"LABEL_START\"}"));

    enqueueOk("\"task_assignments\":[]");
    work.submit("a1", "a2");
    assertThat(body(take())).isEqualTo(json("{\"action\":\"LABEL_SUBMIT\",\"label_submit_config\":"
        + "{\"task_assignments\":[{\"id\":\"a1\"},{\"id\":\"a2\"}]}}"));

    enqueueOk("\"task_assignments\":[]");
    work.reviewStart("u1");
    assertThat(body(take())).isEqualTo(json("{\"action\":\"REVIEW_START\",\"review_start_config\":"
        + "{\"workers\":[{\"user\":{\"id\":\"u1\"}}]}}"));

    enqueueOk("\"task_assignments\":[]");
    work.approve("a1");
    assertThat(body(take())).isEqualTo(json("{\"action\":\"REVIEW_APPROVE\","
        + "\"review_approve_config\":{\"task_assignments\":[{\"id\":\"a1\"}]}}"));

    enqueueOk("\"task_assignments\":[]");
    work.requestChangesWorkers("u2");
    assertThat(body(take())).isEqualTo(json("{\"action\":\"REVIEW_REQUEST_CHANGES\","
        + "\"review_request_changes_config\":{\"workers\":[{\"user\":{\"id\":\"u2\"}}]}}"));

    enqueueOk("\"task_assignments\":[]");
    work.reject("a3");
    assertThat(body(take())).isEqualTo(json("{\"action\":\"REVIEW_REJECT\","
        + "\"review_reject_config\":{\"task_assignments\":[{\"id\":\"a3\"}]}}"));
  }

  @Test
  void positiveConceptsAlwaysCarryAnExplicitValue() throws Exception {
    enqueueOk("\"annotations\":[]");
    client.annotations().create(Annotation.builder().inputId("in1").taskId("t1")
        .concepts(Concept.of("water"), Concept.negative("tree"))
        .regions(Region.box(BoundingBox.of(0.1, 0.2, 0.5, 0.6), Concept.of("boat")))
        .draft().build());
    assertThat(body(take())).isEqualTo(json("""
        {"annotations":[{"input_id":"in1","data":{
          "concepts":[{"id":"water","value":1.0},{"id":"tree","value":0.0}],
          "regions":[{"region_info":{"bounding_box":{"top_row":0.1,"left_col":0.2,
            "bottom_row":0.5,"right_col":0.6}},"data":{"concepts":[{"id":"boat","value":1.0}]}}]},
          "task_id":"t1","status":{"code":"ANNOTATION_PENDING"}}]}"""));

    enqueueOk("\"inputs\":[]");
    client.inputs().create(Input.builder().id("in9").imageUrl("https://x/y.jpg")
        .concepts(Concept.of("water")).datasetIds("ds1").build());
    assertThat(body(take())).isEqualTo(json("""
        {"inputs":[{"id":"in9","data":{"image":{"url":"https://x/y.jpg"},
          "concepts":[{"id":"water","value":1.0}]},"dataset_ids":["ds1"]}]}"""));
  }

  @Test
  void reviewInTheOlderFlowPatchesOnlyTheStatus() throws Exception {
    enqueueOk("\"annotations\":[]");
    Annotation stored = Annotation.builder().id("an1").inputId("in1").conceptIds("water").build();
    client.annotations().setStatus(StatusCode.ANNOTATION_SUCCESS, List.of(stored));
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("PATCH");
    assertThat(body(r)).isEqualTo(json("{\"annotations\":[{\"id\":\"an1\",\"input_id\":\"in1\","
        + "\"status\":{\"code\":\"ANNOTATION_SUCCESS\"}}],\"action\":\"merge\"}"));
  }

  @Test
  void theDeprecatedFormsOfSubmittingAndFetchingWorkAreReachable() throws Exception {
    TaskAssignments work = client.tasks().assignments(TASK_ID);
    enqueueOk("\"task_assignments\":[]");
    work.submitInput("in02");
    assertThat(body(take())).isEqualTo(json("{\"action\":\"LABEL_SUBMIT\",\"input_id\":\"in02\"}"));

    enqueueOk("\"inputs\":[{\"id\":\"in03\"}]");
    assertThat(work.next()).extracting(Input::id).containsExactly("in03");
    RecordedRequest next = take();
    assertThat(next.getMethod()).isEqualTo("GET");
    assertThat(next.getUrl().encodedPath())
        .isEqualTo(APP_PATH + "/tasks/" + TASK_ID + "/assignments");
  }

  @Test
  void annotationsOfWholeInputsAreDeletedByInputId() throws Exception {
    enqueueOk("");
    client.annotations().deleteForInputs("in1", "in2");
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("DELETE");
    assertThat(r.getUrl().encodedPath()).isEqualTo(APP_PATH + "/annotations");
    assertThat(body(r)).isEqualTo(json("{\"input_ids\":[\"in1\",\"in2\"]}"));
  }
}
