package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Assignment and review vectors of spec §13 over HTTP: the PARTITIONED splits (#2 to #4),
 * consensus (#12, #13), manual rejection (#14), and DYNAMIC hand-outs (§8.3).
 */
class ClarifaiAssignmentHttpTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withClarifai(ClarifaiConfig.builder().rateLimitPerSecond(0).build());

  private static final String APP = "/v2/users/owner/apps/app1";

  private ClarifaiHttp owner;

  @BeforeEach
  void seed() {
    ClarifaiControl c = mock.clarifai().addApp("owner", "app1").addPat("pat-owner", "owner");
    for (String u : List.of("u1", "u2", "u3", "u4", "r1")) {
      c.addPat("pat-" + u, u);
    }
    for (int i = 1; i <= 12; i++) {
      c.addInput("owner", "app1", String.format("in%02d", i), Map.of("text", Map.of("raw", "t" + i)));
    }
    owner = new ClarifaiHttp(mock.baseUrl(), "pat-owner");
    // ten inputs in the snapshot: in01..in10 are in the dataset
    owner.post(APP + "/datasets", "{\"datasets\":[{\"id\":\"ten\"}]}");
    StringBuilder ten = new StringBuilder();
    for (int i = 1; i <= 10; i++) {
      ten.append(i == 1 ? "" : ",").append("{\"input\":{\"id\":\"").append(String.format("in%02d", i)).append("\"}}");
    }
    owner.post(APP + "/datasets/ten/inputs", "{\"dataset_inputs\":[" + ten + "]}");
  }

  @Test
  void weighted90To10_vector2() {
    String t = task("\"worker\":{\"strategy\":\"PARTITIONED\",\"user_ids\":[\"u1\",\"u2\"],"
        + "\"partitioned_strategy_info\":{\"type\":\"WEIGHTED\",\"workers_per_input\":1,\"weights\":{\"u1\":90,\"u2\":10}}}");
    assertThat(workersPerInput(t).values()).containsExactly(
        set("u1"), set("u1"), set("u1"), set("u1"), set("u1"), set("u1"), set("u1"), set("u1"), set("u1"), set("u2"));
  }

  @Test
  void evenlyOverThreeWorkersTwoPerInput_vector3() {
    String t = task("\"worker\":{\"strategy\":\"PARTITIONED\",\"user_ids\":[\"u1\",\"u2\",\"u3\"],"
        + "\"partitioned_strategy_info\":{\"type\":\"EVENLY\",\"workers_per_input\":2}}");
    Set<String> a = set("u1", "u2");
    Set<String> b = set("u1", "u3");
    Set<String> c = set("u2", "u3");
    assertThat(workersPerInput(t).values()).containsExactly(a, a, b, c, a, b, c, a, b, c);
  }

  @Test
  void weightedOneOneOneOnePerInput_vector4() {
    String t = task("\"worker\":{\"strategy\":\"PARTITIONED\",\"user_ids\":[\"u1\",\"u2\",\"u3\"],"
        + "\"partitioned_strategy_info\":{\"type\":\"WEIGHTED\",\"workers_per_input\":1,\"weights\":{\"u1\":1,\"u2\":1,\"u3\":1}}}");
    assertThat(workersPerInput(t).values()).extracting(s -> s.iterator().next())
        .containsExactly("u1", "u1", "u2", "u3", "u1", "u2", "u3", "u1", "u2", "u3");
  }

  @Test
  void consensusOfTwoAmongThreeLabelers_vector12() {
    String t = task("\"worker\":{\"strategy\":\"FULL\",\"user_ids\":[\"u1\",\"u2\",\"u3\"]},"
        + "\"review\":{\"strategy\":\"CONSENSUS\",\"user_ids\":[\"r1\"],\"consensus_strategy_info\":{\"approval_threshold\":2}}");
    assertThat(label(t, "u1", "in01", "water").at("/status/code").asInt()).isEqualTo(24159);
    label(t, "u2", "in01", "water");
    Map<String, JsonNode> in01 = assignmentsOf(t, "in01");
    assertThat(in01.get("u1").at("/status/code").asInt()).isEqualTo(54200);
    assertThat(in01.get("u2").at("/status/code").asInt()).isEqualTo(54200);
    assertThat(annotationStatus(t, "u1", "in01")).isEqualTo(24150);
    assertThat(label(t, "u3", "in01", "tree").at("/status/code").asInt()).isEqualTo(24157);
    assertThat(assignmentsOf(t, "in01").get("u3").at("/status/code").asInt()).isEqualTo(54202);
  }

  @Test
  void theSeedsConsensusExampleGoesStraightToReview_vector13() {
    String t = task("\"worker\":{\"strategy\":\"PARTITIONED\",\"user_ids\":[\"u1\",\"u2\",\"u3\"],"
        + "\"partitioned_strategy_info\":{\"type\":\"WEIGHTED\",\"workers_per_input\":1,\"weights\":{\"u1\":1,\"u2\":1,\"u3\":1}}},"
        + "\"review\":{\"strategy\":\"CONSENSUS\",\"consensus_strategy_info\":{\"approval_threshold\":2},\"user_ids\":[\"u4\"]}");
    assertThat(label(t, "u1", "in01", "water").at("/status/code").asInt()).isEqualTo(24157);
    assertThat(assignmentsOf(t, "in01").get("u1").at("/status/code").asInt()).isEqualTo(54202);
    JsonNode shown = put("u4", t, "{\"action\":\"REVIEW_START\"}").get("task_assignments");
    assertThat(shown).hasSize(1);
  }

  @Test
  void aManualRejectionIsCounted_vector14() {
    String t = task("\"worker\":{\"strategy\":\"FULL\",\"user_ids\":[\"u1\"]},"
        + "\"review\":{\"strategy\":\"MANUAL\",\"user_ids\":[\"r1\"]}");
    label(t, "u1", "in01", "water");
    String id = assignmentsOf(t, "in01").get("u1").get("id").asText();
    JsonNode rejected = put("r1", t, "{\"action\":\"REVIEW_REJECT\",\"review_reject_config\":"
        + "{\"task_assignments\":[{\"id\":\"" + id + "\"}]}}").at("/task_assignments/0");
    assertThat(rejected.at("/status/code").asInt()).isEqualTo(54204);
    assertThat(annotationStatus(t, "u1", "in01")).isEqualTo(24158);
    assertThat(owner.get(APP + "/tasks/" + t + "/inputs/count").json().at("/counts/0/review_denied").asInt())
        .isEqualTo(1);
    assertThat(owner.get(APP + "/tasks/" + t + "/annotations/count").json().at("/counts/0/review_denied").asInt())
        .isEqualTo(1);
  }

  @Test
  void labelSubmitTakesTheDeprecatedInputIdToo() {
    String t = task("\"worker\":{\"strategy\":\"FULL\",\"user_ids\":[\"u1\"]}");
    ClarifaiHttp u1 = owner.as("pat-u1");
    u1.post(APP + "/annotations", "{\"annotations\":[{\"input_id\":\"in02\",\"task_id\":\"" + t
        + "\",\"status\":{\"code\":\"ANNOTATION_PENDING\"}}]}");
    JsonNode submitted = put("u1", t, "{\"action\":\"LABEL_SUBMIT\",\"input_id\":\"in02\"}").at("/task_assignments/0");
    assertThat(submitted.at("/status/code").asInt()).isEqualTo(54200);
    assertThat(submitted.at("/input/id").asText()).isEqualTo("in02");
    assertThat(owner.as("pat-u2").put(APP + "/tasks/" + t + "/assignments",
        "{\"action\":\"LABEL_SUBMIT\",\"input_id\":\"in02\"}").code()).isEqualTo(54103);
  }

  @Test
  void dynamicTasksHandOutTenInputsPerLabelStart() {
    String t = task("\"worker\":{\"strategy\":\"DYNAMIC\",\"user_ids\":[\"u1\",\"u2\"]}",
        "{\"type\":\"ALL_INPUTS\"}");
    assertThat(owner.get(APP + "/tasks/" + t + "/inputs/count").json().at("/counts/0/pending").asInt()).isZero();
    assertThat(inputsOf(put("u1", t, "{\"action\":\"LABEL_START\"}"))).hasSize(10).startsWith("in01").endsWith("in10");
    assertThat(inputsOf(put("u1", t, "{\"action\":\"LABEL_START\"}"))).hasSize(10).startsWith("in01");
    assertThat(inputsOf(put("u2", t, "{\"action\":\"LABEL_START\"}"))).containsExactly("in11", "in12");
    for (int i = 1; i <= 10; i++) {
      label(t, "u1", String.format("in%02d", i), "water");
    }
    assertThat(put("u1", t, "{\"action\":\"LABEL_START\"}").get("task_assignments")).isEmpty(); // nothing left
    assertThat(owner.get(APP + "/tasks/" + t + "/inputs/count").json().at("/counts/0/success").asInt()).isEqualTo(10);
    assertThat(owner.get(APP + "/tasks/" + t + "?additional_fields=all").json().at("/task/metrics/work").toString())
        .isEqualTo("{\"inputs_count_estimated\":\"10\",\"inputs_percent_estimated\":83}");
  }

  private String task(String worker) {
    return task(worker, "{\"type\":\"DATASET\",\"id\":\"ten\"}");
  }

  private String task(String fields, String source) {
    ClarifaiHttp.Response r = owner.post(APP + "/tasks", "{\"tasks\":[{\"type\":\"CONCEPTS_CLASSIFICATION\","
        + "\"concept_ids\":[\"water\"],\"input_source\":" + source + "," + fields + "}]}");
    assertThat(r.code()).as(r.text()).isEqualTo(10000);
    return r.json().at("/tasks/0/id").asText();
  }

  /** Input id → the workers assigned to it, from the state dump, in input order. */
  private Map<String, Set<String>> workersPerInput(String taskId) {
    Map<String, Set<String>> out = new LinkedHashMap<>();
    for (JsonNode a : mock.clarifai().state().at("/apps/0/assignments")) {
      if (a.get("task_id").asText().equals(taskId)) {
        out.computeIfAbsent(a.get("input_id").asText(), i -> new TreeSet<>()).add(a.at("/worker/user/id").asText());
      }
    }
    return out;
  }

  private Map<String, JsonNode> assignmentsOf(String taskId, String inputId) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode a : mock.clarifai().state().at("/apps/0/assignments")) {
      if (a.get("task_id").asText().equals(taskId) && a.get("input_id").asText().equals(inputId)) {
        out.put(a.at("/worker/user/id").asText(), a);
      }
    }
    return out;
  }

  private JsonNode label(String taskId, String worker, String input, String concept) {
    ClarifaiHttp.Response r = owner.as("pat-" + worker).post(APP + "/annotations", "{\"annotations\":[{\"input_id\":\""
        + input + "\",\"task_id\":\"" + taskId + "\",\"data\":{\"concepts\":[{\"id\":\"" + concept + "\",\"value\":1}]}}]}");
    assertThat(r.code()).as(r.text()).isEqualTo(10000);
    return r.json().at("/annotations/0");
  }

  private int annotationStatus(String taskId, String worker, String input) {
    return owner.get(APP + "/annotations?task_id=" + taskId + "&user_ids=" + worker + "&input_ids=" + input)
        .json().at("/annotations/0/status/code").asInt();
  }

  private JsonNode put(String worker, String taskId, String body) {
    ClarifaiHttp.Response r = owner.as("pat-" + worker).put(APP + "/tasks/" + taskId + "/assignments", body);
    assertThat(r.code()).as(r.text()).isEqualTo(10000);
    return r.json();
  }

  private static List<String> inputsOf(JsonNode response) {
    List<String> out = new ArrayList<>();
    response.get("task_assignments").forEach(a -> out.add(a.at("/input/id").asText()));
    return out;
  }

  private static Set<String> set(String... ids) {
    return new TreeSet<>(List.of(ids));
  }
}
