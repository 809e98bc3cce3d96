package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input (spec §4, §5, §7.1): the spec's status code with useful details, the full envelope
 * (status.code, req_id, the route's list field), never a 5xx, and no change to the state.
 */
class ClarifaiBadInputHttpTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withClarifai(ClarifaiConfig.builder().rateLimitPerSecond(0).build());

  private static final String APP = "/v2/users/owner/apps/app1";

  private ClarifaiHttp owner;
  private String taskId;

  @BeforeEach
  void seed() {
    mock.clarifai().addApp("owner", "app1").addPat("pat-owner", "owner").addPat("pat-u1", "u1")
        .addInput("owner", "app1", "in1", Map.of("image", Map.of("url", "https://x/1.jpg")));
    owner = new ClarifaiHttp(mock.baseUrl(), "pat-owner");
    taskId = owner.post(APP + "/tasks", "{\"tasks\":[{\"worker\":{\"user_ids\":[\"u1\"]}}]}").json().at("/tasks/0/id").asText();
  }

  /** A request, the status code it must get, a fragment of its details, and its list field (or null). */
  private record Case(String method, String path, String body, int code, String details, String list) {}

  private List<Case> cases() {
    String t = APP + "/tasks";
    String a = t + "/" + taskId + "/assignments";
    List<Case> c = new ArrayList<>();
    for (String broken : List.of("{", "{\"tasks\":}", "nul", "[1,2", "{\"a\":1}}", "{'a':1}")) {
      c.add(new Case("POST", t, broken, 11100, "not valid JSON", "tasks"));
      c.add(new Case("PATCH", APP + "/annotations", broken, 11100, "not valid JSON", "annotations"));
      c.add(new Case("DELETE", t, broken, 11100, "not valid JSON", null));
    }
    c.add(new Case("POST", t, "[]", 11100, "must be a JSON object", "tasks"));
    c.add(new Case("POST", t, "{\"tasks\":{}}", 11100, "tasks: expected a list", "tasks"));
    c.add(new Case("POST", t, "{\"tasks\":[1]}", 11100, "tasks[0]: expected an object", "tasks"));
    c.add(new Case("POST", t, "{\"tasks\":[{\"worker\":{\"strategy\":\"MANUAL\"}}]}", 11100,
        "tasks[0].worker.strategy: unknown WorkerStrategy value \"MANUAL\"", "tasks"));
    c.add(new Case("POST", t, "{\"tasks\":[{\"worker\":{\"strategy\":1}}]}", 11100, "unknown WorkerStrategy value 1", "tasks"));
    c.add(new Case("POST", t, "{\"tasks\":[{\"worker\":{\"user_ids\":[7]}}]}", 11100, "tasks[0].worker.user_ids[0]", "tasks"));
    c.add(new Case("POST", t, "{\"tasks\":[{\"sample_ms\":-1}]}", 11100, "tasks[0].sample_ms", "tasks"));
    c.add(new Case("POST", t, "{\"tasks\":[{\"type\":\"IMAGE\"}]}", 11100, "unknown TaskType value", "tasks"));
    c.add(new Case("POST", t, "{\"tasks\":[{\"input_source\":{\"type\":\"EVERYTHING\"}}]}", 11100, "input_source.type", "tasks"));
    c.add(new Case("POST", t, "{\"tasks\":[{\"review\":{\"consensus_strategy_info\":{\"approval_threshold\":-2}}}]}",
        11100, "approval_threshold", "tasks"));
    c.add(new Case("POST", t, "{\"tasks\":[{\"review\":{\"manual_strategy_info\":{},\"consensus_strategy_info\":{}}}]}",
        11100, "only one of", "tasks"));
    c.add(new Case("POST", t, "{}", 11102, "tasks is required", "tasks"));
    c.add(new Case("POST", t, "{\"tasks\":[{\"worker\":{\"strategy\":\"PARTITIONED\"}}]}", 11102,
        "tasks[0]: a PARTITIONED worker strategy needs workers", "tasks"));
    c.add(new Case("POST", t, "{\"tasks\":[{\"worker\":{\"strategy\":\"PARTITIONED\",\"user_ids\":[\"u1\",\"u2\"],"
        + "\"partitioned_strategy_info\":{\"type\":\"WEIGHTED\",\"weights\":{\"u1\":\"90\",\"u2\":10}}}}]}", 11102,
        "the weight of worker 'u1' must be a finite number >= 0", "tasks"));
    c.add(new Case("POST", t, "{\"tasks\":[{\"worker\":{\"strategy\":\"PARTITIONED\",\"user_ids\":[\"u1\",\"u2\",\"u3\"],"
        + "\"partitioned_strategy_info\":{\"type\":\"WEIGHTED\",\"workers_per_input\":2,"
        + "\"weights\":{\"u1\":60,\"u2\":20,\"u3\":20}}}}]}", 11102,
        "worker 'u1' has a share of 0.6, more than 1/workers_per_input = 0.5", "tasks"));
    c.add(new Case("POST", t, "{\"tasks\":[{\"worker\":{\"workers\":[{\"model\":{\"id\":\"m\"}}]}}]}", 54101,
        "model and workflow workers", "tasks"));
    c.add(new Case("POST", t, "{\"tasks\":[{\"input_source\":{\"type\":\"DATASET\",\"id\":\"nope\"}}]}", 11102,
        "dataset 'nope' not found", "tasks"));
    c.add(new Case("PATCH", t, "{\"action\":\"merge\",\"tasks\":[{\"id\":\"" + taskId + "\",\"status\":{\"code\":\"NOPE\"}}]}",
        11100, "tasks[0].status.code: unknown StatusCode value \"NOPE\"", "tasks"));
    c.add(new Case("PATCH", t, "{\"action\":\"merge\",\"tasks\":[{\"id\":\"" + taskId + "\",\"status\":{\"code\":54200}}]}",
        11102, "status.code must be TASK_IN_PROGRESS, TASK_DONE or TASK_WONT_DO", "tasks"));
    c.add(new Case("PATCH", t, "{\"action\":\"delete\",\"tasks\":[]}", 11102, "action must be", "tasks"));
    c.add(new Case("DELETE", t, "{}", 11102, "ids is required", null));
    c.add(new Case("DELETE", t, "{\"ids\":\"" + taskId + "\"}", 11100, "ids: expected a list", null));
    c.add(new Case("GET", t + "?per_page=-1", null, 11100, "per_page", "tasks"));
    c.add(new Case("GET", t + "?page=abc", null, 11100, "page", "tasks"));
    c.add(new Case("GET", t + "?including_label_order_tasks=yes", null, 11100, "true or false", "tasks"));
    c.add(new Case("GET", t + "?input_source_type=BOGUS", null, 11100, "InputSourceType", "tasks"));
    c.add(new Case("GET", APP + "/annotations?statuses.code=GOOD", null, 11100, "StatusCode", "annotations"));
    c.add(new Case("PUT", a, "{\"action\":\"LABEL_EVERYTHING\"}", 11100, "AssignmentAction", "task_assignments"));
    c.add(new Case("PUT", a, "{}", 11102, "action must be set", "task_assignments"));
    c.add(new Case("PUT", a, "{\"action\":\"REVIEW_APPROVE\"}", 11102, "name the task_assignments or the workers",
        "task_assignments"));
    c.add(new Case("PUT", a, "{\"action\":\"REVIEW_APPROVE\",\"review_approve_config\":{\"task_assignments\":[{\"id\":\"x\"}]}}",
        11101, "task assignment 'x' not found", "task_assignments"));
    c.add(new Case("PUT", APP + "/tasks/nope/assignments", "{\"action\":\"LABEL_START\"}", 54102, "task 'nope'",
        "task_assignments"));
    c.add(new Case("PUT", a, "{\"action\":\"LABEL_START\"}", 54103, "not a worker", "task_assignments"));
    c.add(new Case("POST", APP + "/annotations", "{\"annotations\":[{\"input_id\":\"in1\",\"data\":{\"concepts\":{}}}]}",
        11100, "annotations[0].data.concepts: expected a list", "annotations"));
    c.add(new Case("POST", APP + "/annotations", "{\"annotations\":[{\"input_id\":\"in1\",\"data\":{\"concepts\":"
        + "[{\"id\":\"c\",\"value\":\"high\"}]}}]}", 11100, "value: expected a number", "annotations"));
    c.add(new Case("POST", APP + "/annotations", "{\"annotations\":[]}", 11102, "annotations is required", "annotations"));
    c.add(new Case("POST", APP + "/inputs", "{\"inputs\":[{\"data\":{\"concepts\":[{\"value\":1}]}}]}", 11102,
        "inputs[0].data.concepts[0].id is required", "inputs"));
    c.add(new Case("POST", APP + "/searches", "{\"searches\":[{\"query\":{\"ranks\":[]}}]}", 11102,
        "searches[0]: unsupported query", "searches"));
    c.add(new Case("GET", APP + "/inputs/nope", null, 11101, "input 'nope' not found", null));
    c.add(new Case("GET", APP + "/tasks/" + taskId + "/nothing", null, 11101, "no such path", null));
    c.add(new Case("POST", APP + "/tasks/" + taskId, "{}", 11103, "POST is not allowed", null));
    return c;
  }

  @Test
  void badRequestsGetTheSpecsCodeInAFullEnvelopeAndChangeNothing() {
    JsonNode before = mock.clarifai().state();
    List<String> wrong = new ArrayList<>();
    for (Case c : cases()) {
      ClarifaiHttp.Response r = owner.send(c.method(), c.path(), c.body());
      JsonNode body = r.json();
      boolean ok = r.status() >= 400 && r.status() < 500
          && r.code() == c.code()
          && r.details().contains(c.details())
          && body.at("/status/req_id").asText().matches("[0-9a-f]{32}")
          && body.at("/status/description").isTextual()
          && (c.list() == null ? body.size() == 1 : body.has(c.list()))
          && onlyEmptyListsBesideTheStatus(body);
      if (!ok) {
        wrong.add(c + " -> " + r.status() + " " + r.text());
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(mock.clarifai().state()).isEqualTo(before);
  }

  private static boolean onlyEmptyListsBesideTheStatus(JsonNode body) {
    for (var field : body.properties()) {
      if (!field.getKey().equals("status") && !(field.getValue().isArray() && field.getValue().isEmpty())) {
        return false;
      }
    }
    return true;
  }

  @Test
  void belowTheApiErrorsStillUseTheClarifaiEnvelope() {
    int port = mock.server().port();
    RawHttp.Answer query = RawHttp.send(port, "GET /v2/tasks?ids=%zz HTTP/1.1", "Authorization: Key k\r\n", null);
    assertThat(query.status()).isEqualTo(400);
    JsonNode q = Json.tree(query.body());
    assertThat(q.at("/status/code").asInt()).isEqualTo(11100);
    assertThat(q.get("tasks")).isEmpty();
    assertThat(q.has("status_code")).isFalse();

    RawHttp.Answer big = RawHttp.sendTruncated(port, "POST /v2/tasks HTTP/1.1",
        "Authorization: Key k\r\nContent-Type: application/json\r\n", 10L * 1024 * 1024 + 1);
    assertThat(big.status()).isEqualTo(400);
    JsonNode b = Json.tree(big.body());
    assertThat(b.at("/status/code").asInt()).isEqualTo(11100);
    assertThat(b.at("/status/details").asText()).contains("10 MiB");
    assertThat(b.get("tasks")).isEmpty();

    // Jetty refuses this request line itself; the answer still has the Clarifai envelope
    RawHttp.Answer badPath = RawHttp.send(port, "GET /v2/tasks/%ZZ HTTP/1.1", "Authorization: Key k\r\n", null);
    assertThat(badPath.status()).isEqualTo(400);
    JsonNode bad = Json.tree(badPath.body());
    assertThat(bad.has("status_code")).isFalse();
    assertThat(bad.at("/status/code").asInt()).isEqualTo(11100);
    assertThat(bad.at("/status/req_id").asText()).matches("[0-9a-f]{32}");
    // ... and so does a /v1 path, in the Refonte envelope (exactly two keys)
    RawHttp.Answer refonte = RawHttp.send(port, "GET /v1/task/%ZZ HTTP/1.1", "", null);
    assertThat(Json.tree(refonte.body()).size()).isEqualTo(2);
    assertThat(Json.tree(refonte.body()).get("status_code").asInt()).isEqualTo(400);
    // A request line Jetty cannot read at all names no API: both shapes in one body
    RawHttp.Answer garbage = RawHttp.send(port, "GARBAGE", "", null);
    assertThat(garbage.status()).isEqualTo(400);
    JsonNode both = Json.tree(garbage.body());
    assertThat(both.get("status_code").asInt()).isEqualTo(400);
    assertThat(both.at("/status/code").asInt()).isEqualTo(11100);
    RawHttp.Answer badUtf8 = RawHttp.send(port, "GET /v2/tasks/%FF%FE HTTP/1.1", "Authorization: Key k\r\n", null);
    assertThat(Json.tree(badUtf8.body()).at("/status/code").asInt()).isEqualTo(11100);
  }

  @Test
  void anyContentTypeAndAnEmptyBodyAreFine() {
    byte[] body = "{\"tasks\":[{}]}".getBytes(StandardCharsets.UTF_8);
    assertThat(owner.sendBytes("POST", APP + "/tasks", body, "text/plain").code()).isEqualTo(10000);
    assertThat(owner.sendBytes("POST", APP + "/tasks", body, "application/x-www-form-urlencoded").code()).isEqualTo(10000);
    assertThat(owner.sendBytes("POST", APP + "/tasks", body, null).code()).isEqualTo(10000);
    assertThat(owner.sendBytes("POST", APP + "/tasks", new byte[0], "application/json").code()).isEqualTo(11102);
    byte[] badUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertThat(owner.sendBytes("POST", APP + "/tasks", badUtf8, "application/json").code()).isEqualTo(11100);
  }
}
