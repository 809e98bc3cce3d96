package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The task routes over HTTP (spec §7), the seed examples and the task vectors of §13. */
class ClarifaiTasksHttpTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withClarifai(ClarifaiConfig.builder().rateLimitPerSecond(0).build());

  private static final String APP = "/v2/users/owner/apps/app1";

  private ClarifaiHttp wildcard;
  private ClarifaiHttp owner;

  @BeforeEach
  void seed() {
    wildcard = new ClarifaiHttp(mock.baseUrl(), "any_wildcard_key");
    owner = wildcard.as("pat-owner");
    mock.clarifai().addApp("owner", "app1").addPat("pat-owner", "owner").addPat("pat-u1", "u1")
        .addInput("owner", "app1", "i1", Map.of("image", Map.of("url", "https://x/1.jpg")), "ds1")
        .addInput("owner", "app1", "i2", Map.of("text", Map.of("raw", "two")));
  }

  @Test
  void theSeedsNonAssignedTaskRunsAgainstAnEmptyMock_vector1() {
    ClarifaiHttp.Response r = wildcard.post("/v2/tasks", ClarifaiSeeds.NON_ASSIGNED_TASK);
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    JsonNode t = r.json().get("tasks").get(0);
    assertThat(r.code()).isEqualTo(10000);
    assertThat(r.json().at("/status/req_id").asText()).matches("[0-9a-f]{32}");
    assertThat(t.get("id").asText()).matches("[0-9a-f]{32}");
    assertThat(t.at("/status/code").asInt()).isEqualTo(54001);
    assertThat(t.at("/status/description").asText()).isEqualTo("Task in progress");
    assertThat(t.at("/worker/strategy").asInt()).isEqualTo(3);
    assertThat(t.get("review").toString()).isEqualTo("{\"strategy\":1}");
    assertThat(t.get("input_source").toString()).isEqualTo("{\"type\":1}");
    assertThat(t.get("user_id").asText()).isEqualTo("mock-user");
    assertThat(t.get("app_id").asText()).isEqualTo("mock-app");
    assertThat(t.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
    assertThat(t.get("concept_ids").toString()).isEqualTo("[\"water\"]");
    assertThat(t.get("concepts").toString()).isEqualTo("[{\"concept\":{\"id\":\"water\",\"name\":\"water\",\"value\":1.0}}]");
    assertThat(t.has("metrics")).isFalse();
  }

  @Test
  void everySeedExampleRunsUnchanged() {
    String assigned = wildcard.post("/v2/tasks", ClarifaiSeeds.ASSIGNED_TASK).json().at("/tasks/0/id").asText();
    JsonNode partitioned = wildcard.post("/v2/tasks", ClarifaiSeeds.PARTITIONED_TASK).json().at("/tasks/0");
    wildcard.post("/v2/tasks", ClarifaiSeeds.CONSENSUS_TASK);
    assertThat(partitioned.get("worker").toString()).isEqualTo("{\"strategy\":2,\"user_ids\":[\"u1\",\"u2\"],"
        + "\"users\":[{\"id\":\"u1\"},{\"id\":\"u2\"}],\"workers\":[{\"user\":{\"id\":\"u1\"}},{\"user\":{\"id\":\"u2\"}}],"
        + "\"partitioned_strategy_info\":{\"type\":2,\"workers_per_input\":1,\"weights\":{\"u1\":90,\"u2\":10}}}");

    JsonNode got = wildcard.get("/v2/users/me/apps/mock-app/tasks/" + assigned).json().get("task");
    assertThat(got.at("/review/manual_strategy_info/sample_percentage").asDouble()).isEqualTo(0.5);
    assertThat(got.at("/review/user_ids").toString()).isEqualTo("[\"r1\"]");
    assertThat(wildcard.get("/v2/tasks").json().get("tasks")).hasSize(3);
    assertThat(wildcard.get("/v2/users/me/apps/mock-app/tasks").json().get("tasks")).hasSize(3);
    assertThat(wildcard.get("/v2/tasks?worker_user_ids=u3").json().get("tasks")).hasSize(1);
    assertThat(wildcard.get("/v2/tasks?review_user_ids=r1").json().get("tasks").get(0).get("id").asText())
        .isEqualTo(assigned);

    ClarifaiHttp.Response updated = wildcard.patch("/v2/tasks", ClarifaiSeeds.updateTask(assigned));
    assertThat(updated.status()).isEqualTo(200);
    JsonNode u = updated.json().at("/tasks/0");
    assertThat(u.at("/status/code").asInt()).isEqualTo(54002);
    assertThat(u.at("/review/consensus_strategy_info").toString())
        .isEqualTo("{\"approval_threshold\":2,\"approval_threshold_labelers\":2}");
    assertThat(wildcard.delete("/v2/tasks", "{\"ids\":[\"" + assigned + "\"]}").code()).isEqualTo(10000);
    assertThat(wildcard.get("/v2/tasks").json().get("tasks")).hasSize(2);
  }

  @Test
  void anUnknownTaskIs404WithoutATask_vector6() {
    ClarifaiHttp.Response r = owner.get(APP + "/tasks/abc");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.code()).isEqualTo(54102);
    assertThat(r.json().at("/status/description").asText()).isEqualTo("Task not found");
    assertThat(r.details()).isEqualTo("task 'abc' not found in app owner/app1");
    assertThat(r.json().has("task")).isFalse();
  }

  @Test
  void listFiltersCombineWithAndAndListsMatchAny_vector9() {
    String t1 = create("{\"worker\":{\"user_ids\":[\"u1\"]},\"review\":{\"strategy\":\"MANUAL\",\"users\":[{\"id\":\"r1\"}]}}");
    String t2 = create("{\"worker\":{\"workers\":[{\"user\":{\"id\":\"u9\"}}]},\"input_source\":{\"type\":\"DATASET\",\"id\":\"ds1\"}}");
    String t3 = create("{\"worker\":{\"users\":[{\"id\":\"u5\"}]}}");
    String hidden = create("{\"worker\":{\"user_ids\":[\"u1\"]},\"label_order_id\":\"lo1\"}");
    assertThat(ids(APP + "/tasks?worker_user_ids=u1&worker_user_ids=u9")).containsExactly(t2, t1);
    assertThat(ids(APP + "/tasks?worker_user_ids=u1,u5")).containsExactly(t3, t1);
    assertThat(ids(APP + "/tasks?workerUserIds=u9")).containsExactly(t2);
    assertThat(ids(APP + "/tasks?review_user_ids=r1&worker_user_ids=u1")).containsExactly(t1);
    assertThat(ids(APP + "/tasks?ids=" + t1 + "&ids=" + t3)).containsExactly(t3, t1);
    assertThat(ids(APP + "/tasks?input_source_type=DATASET")).containsExactly(t2);
    assertThat(ids(APP + "/tasks?input_source_type=3&input_source_ids=ds1")).containsExactly(t2);
    assertThat(ids(APP + "/tasks?input_source_ids=nope")).isEmpty();
    assertThat(ids(APP + "/tasks")).containsExactly(t3, t2, t1);
    assertThat(ids(APP + "/tasks?including_label_order_tasks=true")).containsExactly(hidden, t3, t2, t1);
    assertThat(ids(APP + "/tasks?label_order_ids=lo1")).containsExactly(hidden);
    assertThat(owner.get(APP + "/tasks/" + hidden).status()).isEqualTo(200);
    assertThat(ids(APP + "/tasks?worker_user_ids=me")).isEmpty();
    assertThat(ids(APP + "/tasks?page=2&per_page=2")).containsExactly(t1);
  }

  @Test
  void perPageIsClampedTo1000AndPagesPastTheEndAreEmpty_vector16() {
    StringBuilder hundred = new StringBuilder("{\"tasks\":[");
    for (int i = 0; i < 100; i++) {
      hundred.append(i == 0 ? "" : ",").append("{\"worker\":{\"strategy\":\"FULL\"},\"input_source\":{\"type\":\"DATASET\",\"id\":\"ds1\"}}");
    }
    hundred.append("]}");
    for (int i = 0; i < 12; i++) {
      assertThat(owner.post(APP + "/tasks", hundred.toString()).code()).isEqualTo(10000);
    }
    assertThat(owner.get(APP + "/tasks?per_page=5000").json().get("tasks")).hasSize(1000);
    assertThat(owner.get(APP + "/tasks?per_page=5000&page=2").json().get("tasks")).hasSize(200);
    ClarifaiHttp.Response past = owner.get(APP + "/tasks?per_page=5000&page=3");
    assertThat(past.json().get("tasks")).isEmpty();
    assertThat(past.code()).isEqualTo(10000);
    assertThat(owner.get(APP + "/tasks").json().get("tasks")).hasSize(128);
  }

  @Test
  void overwriteToDoneStopsLabelingAndMergeReopens_vector10() {
    String id = create("{\"worker\":{\"user_ids\":[\"u1\"]}}");
    JsonNode done = owner.patch(APP + "/tasks", "{\"action\":\"overwrite\",\"tasks\":[{\"id\":\"" + id
        + "\",\"name\":\"renamed\",\"worker\":{\"user_ids\":[\"u1\"]},\"status\":{\"code\":\"TASK_DONE\"}}]}")
        .json().at("/tasks/0");
    assertThat(done.at("/status/code").asInt()).isEqualTo(54002);
    assertThat(done.get("name").asText()).isEqualTo("renamed");
    assertThat(done.has("concept_ids")).isFalse(); // overwrite replaces the whole task
    ClarifaiHttp u1 = owner.as("pat-u1");
    ClarifaiHttp.Response start = u1.put(APP + "/tasks/" + id + "/assignments", "{\"action\":\"LABEL_START\"}");
    assertThat(start.status()).isEqualTo(400);
    assertThat(start.code()).isEqualTo(54100);
    assertThat(start.json().get("task_assignments")).isEmpty();

    JsonNode merged = owner.patch(APP + "/tasks", "{\"action\":\"merge\",\"tasks\":[{\"id\":\"" + id
        + "\",\"name\":\"ignored\",\"status\":{\"code\":54001}}]}").json().at("/tasks/0");
    assertThat(merged.get("name").asText()).isEqualTo("renamed");
    assertThat(u1.put(APP + "/tasks/" + id + "/assignments", "{\"action\":\"LABEL_START\"}")
        .json().get("task_assignments")).hasSize(2);
  }

  @Test
  void patchNeedsAnActionAndExistingTasks() {
    String id = create("{}");
    JsonNode before = mock.clarifai().state();
    ClarifaiHttp.Response noAction = owner.patch(APP + "/tasks", "{\"tasks\":[{\"id\":\"" + id + "\"}]}");
    assertThat(noAction.status()).isEqualTo(400);
    assertThat(noAction.code()).isEqualTo(11102);
    assertThat(noAction.json().get("tasks")).isEmpty();
    ClarifaiHttp.Response unknown = owner.patch(APP + "/tasks", "{\"action\":\"merge\",\"tasks\":["
        + "{\"id\":\"" + id + "\",\"status\":{\"code\":\"TASK_DONE\"}},{\"id\":\"nope\",\"status\":{\"code\":\"TASK_DONE\"}}]}");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo(54102);
    assertThat(unknown.details()).startsWith("tasks[1]: ");
    ClarifaiHttp.Response noStatus = owner.patch(APP + "/tasks", "{\"action\":\"merge\",\"tasks\":[{\"id\":\"" + id + "\"}]}");
    assertThat(noStatus.code()).isEqualTo(11102);
    assertThat(mock.clarifai().state()).isEqualTo(before);
  }

  @Test
  void deleteIsAllOrNothing_vector11() {
    String known = create("{}");
    ClarifaiHttp.Response r = owner.delete(APP + "/tasks", "{\"ids\":[\"" + known + "\",\"unknown\"]}");
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.code()).isEqualTo(54102);
    assertThat(r.details()).endsWith(": unknown");
    assertThat(owner.get(APP + "/tasks/" + known).status()).isEqualTo(200);
    assertThat(owner.delete(APP + "/tasks", "{\"ids\":[]}").code()).isEqualTo(11102);
    assertThat(owner.delete(APP + "/tasks", "{\"ids\":[\"" + known + "\"]}").json().toString())
        .matches("\\{\"status\":\\{\"code\":10000,\"description\":\"Ok\",\"req_id\":\"[0-9a-f]{32}\"}}");
    assertThat(owner.get(APP + "/tasks/" + known + "/inputs/count").code()).isEqualTo(54102);
  }

  @Test
  void metricsComeOnlyWhenAskedFor() {
    String id = create("{\"worker\":{\"user_ids\":[\"u1\"]},\"review\":{\"strategy\":\"MANUAL\",\"user_ids\":[\"r1\"]}}");
    assertThat(owner.get(APP + "/tasks/" + id).json().get("task").has("metrics")).isFalse();
    assertThat(owner.get(APP + "/tasks/" + id + "?additional_fields=worker.users").json().get("task").has("metrics")).isFalse();
    for (String fields : List.of("all", "metrics.work.inputs_count_estimated", "bogus&additional_fields=metrics.input_source.inputs_count_estimated")) {
      JsonNode m = owner.get(APP + "/tasks/" + id + "?additional_fields=" + fields).json().at("/task/metrics");
      assertThat(m.toString()).as(fields).isEqualTo("{\"work\":{},\"review\":{\"inputs_count_estimated_per_reviewer\":[\"0\"],"
          + "\"inputs_reviewable_count_estimated_per_reviewer\":[\"0\"],\"inputs_percent_estimated_per_reviewer\":[0]},"
          + "\"input_source\":{\"inputs_count_estimated\":\"2\"}}");
    }
    assertThat(owner.get(APP + "/tasks?additional_fields=all").json().at("/tasks/0/metrics/input_source")
        .toString()).isEqualTo("{\"inputs_count_estimated\":\"2\"}");
  }

  @Test
  void countsListEveryWorkerWithAllFiveCounters() {
    String id = create("{\"worker\":{\"user_ids\":[\"u1\",\"u2\"]}}");
    JsonNode counts = owner.get(APP + "/tasks/" + id + "/inputs/count").json();
    assertThat(counts.get("app_id").asText()).isEqualTo("app1");
    assertThat(counts.get("task_id").asText()).isEqualTo(id);
    assertThat(counts.get("counts").get(0).toString()).isEqualTo("{\"user_id\":\"u1\",\"pending\":2,"
        + "\"awaiting_review\":0,\"success\":0,\"review_denied\":0,\"awaiting_consensus_review\":0,"
        + "\"worker\":{\"user\":{\"id\":\"u1\"}}}");
    assertThat(owner.get("/v2/tasks/" + id + "/annotations/count?user_app_id.user_id=owner&user_app_id.app_id=app1&user_ids=u2")
        .json().get("counts")).hasSize(1).allSatisfy(c -> assertThat(c.get("pending").asInt()).isZero());
  }

  @Test
  void severalTasksPerRequestAreCreatedInOrderOrNotAtAll() {
    JsonNode r = owner.post(APP + "/tasks", "{\"tasks\":[{\"name\":\"a\"},{\"name\":\"b\",\"id\":\"mine\"}]}").json();
    assertThat(r.get("tasks")).extracting(t -> t.get("name").asText()).containsExactly("a", "b");
    assertThat(r.at("/tasks/1/id").asText()).isEqualTo("mine");
    JsonNode before = mock.clarifai().state();
    ClarifaiHttp.Response bad = owner.post(APP + "/tasks", "{\"tasks\":[{\"name\":\"c\"},"
        + "{\"worker\":{\"strategy\":\"PARTITIONED\",\"user_ids\":[\"u1\"],\"partitioned_strategy_info\":{\"workers_per_input\":2}}}]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.details()).isEqualTo("tasks[1]: workers_per_input exceeds number of workers (2 > 1)");
    assertThat(mock.clarifai().state()).isEqualTo(before);
    assertThat(owner.post(APP + "/tasks", "{\"tasks\":[{\"id\":\"mine\"}]}").code()).isEqualTo(40010);
  }

  @Test
  void aTakenIdFailsItsWholeBatchAndTheDetailsNameTheTask() {
    create("{\"id\":\"mine\",\"name\":\"first\"}");
    JsonNode before = mock.clarifai().state();
    ClarifaiHttp.Response taken = owner.post(APP + "/tasks",
        "{\"tasks\":[{\"id\":\"new\",\"name\":\"n\"},{\"id\":\"mine\",\"name\":\"again\"}]}");
    assertThat(taken.status()).isEqualTo(400);
    assertThat(taken.code()).isEqualTo(40010);
    assertThat(taken.details()).isEqualTo("tasks[1]: task id 'mine' already exists");
    assertThat(taken.json().get("tasks")).isEmpty();
    ClarifaiHttp.Response twice = owner.post(APP + "/tasks",
        "{\"tasks\":[{\"id\":\"dup\"},{\"id\":\"dup\"}]}");
    assertThat(twice.code()).isEqualTo(40010);
    assertThat(twice.details()).isEqualTo("tasks[1]: task id 'dup' already exists");
    assertThat(mock.clarifai().state()).as("nothing of either batch was stored").isEqualTo(before);
    assertThat(ids(APP + "/tasks?ids=new&ids=mine&ids=dup")).containsExactly("mine");
  }

  private String create(String taskJson) {
    return owner.post(APP + "/tasks", "{\"tasks\":[" + taskJson + "]}").json().at("/tasks/0/id").asText();
  }

  private List<String> ids(String path) {
    List<String> out = new ArrayList<>();
    owner.get(path).json().get("tasks").forEach(t -> out.add(t.get("id").asText()));
    return out;
  }
}
