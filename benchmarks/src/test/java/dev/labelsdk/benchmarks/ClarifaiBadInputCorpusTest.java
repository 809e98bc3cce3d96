package dev.labelsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reliability 2, Clarifai half: the same kind of generated corpus against every Clarifai
 * route, lone surrogates and huge numbers at every depth included (every route refuses them). Zero 5xx; every answer carries the status envelope with a code and a req_id; an
 * answer with a 4xx never changes state. Fixed seed.
 */
class ClarifaiBadInputCorpusTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withClarifai(ClarifaiConfig.builder().rateLimitPerSecond(0).build());

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String APP = "/v2/users/mock-user/apps/mock-app";
  private static final String AUTH = "Authorization: Key corpus-token\r\n";

  private final Random random = new Random(5);
  private RawClient raw;

  private record Route(String method, String path, String body) {}

  @BeforeEach
  void seed() {
    raw = new RawClient(mock.server().port());
    ok("POST", APP + "/inputs", "{\"inputs\":[{\"id\":\"i1\",\"data\":{\"image\":{\"url\":\"https://x/1.jpg\"}}}]}");
    ok("POST", APP + "/datasets", "{\"datasets\":[{\"id\":\"d1\"}]}");
    ok("POST", APP + "/datasets/d1/inputs", "{\"dataset_inputs\":[{\"input\":{\"id\":\"i1\"}}]}");
    ok("POST", APP + "/concepts", "{\"concepts\":[{\"id\":\"c1\",\"name\":\"c1\"}]}");
    ok("POST", APP + "/tasks", "{\"tasks\":[" + task("t1") + "]}");
    ok("POST", APP + "/annotations",
        "{\"annotations\":[{\"id\":\"a1\",\"input_id\":\"i1\",\"data\":{\"concepts\":[{\"id\":\"c1\",\"value\":1}]}}]}");
  }

  private static String task(String id) {
    return "{\"id\":\"" + id + "\",\"type\":\"CONCEPTS_CLASSIFICATION\",\"name\":\"n\",\"concept_ids\":[\"c1\"],"
        + "\"worker\":{\"strategy\":\"PARTITIONED\",\"user_ids\":[\"mock-user\",\"u2\"],"
        + "\"partitioned_strategy_info\":{\"type\":\"WEIGHTED\",\"workers_per_input\":1,\"weights\":{\"mock-user\":60,\"u2\":40}}},"
        + "\"input_source\":{\"type\":\"DATASET\",\"id\":\"d1\"},\"sample_ms\":1000,"
        + "\"review\":{\"strategy\":\"CONSENSUS\",\"user_ids\":[\"u3\"],\"consensus_strategy_info\":{\"approval_threshold\":1}},"
        + "\"priority\":\"HIGH\",\"metadata\":{\"k\":1}}";
  }

  private void ok(String method, String path, String body) {
    RawClient.Answer a = raw.send(method, path, AUTH + "Content-Type: application/json\r\n",
        body.getBytes(StandardCharsets.UTF_8));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
  }

  private static List<Route> routes() {
    return List.of(
        new Route("POST", APP + "/tasks", "{\"tasks\":[" + task("t2") + "]}"),
        new Route("PATCH", APP + "/tasks", "{\"action\":\"overwrite\",\"tasks\":[" + task("t1") + "]}"),
        new Route("PATCH", APP + "/tasks", "{\"action\":\"merge\",\"tasks\":[{\"id\":\"t1\",\"status\":{\"code\":\"TASK_DONE\"}}]}"),
        new Route("PUT", APP + "/tasks/t1/assignments", "{\"action\":\"LABEL_START\"}"),
        new Route("PUT", APP + "/tasks/t1/assignments",
            "{\"action\":\"REVIEW_APPROVE\",\"review_approve_config\":{\"workers\":[{\"user\":{\"id\":\"u2\"}}]}}"),
        new Route("PATCH", APP + "/task/t1/annotations/status",
            "{\"status_code\":\"ANNOTATION_SUCCESS\",\"user_ids\":[\"u2\"],\"status_codes\":[24157]}"),
        new Route("POST", APP + "/inputs", "{\"inputs\":[{\"id\":\"i2\",\"data\":{\"text\":{\"raw\":\"hello\"},"
            + "\"concepts\":[{\"id\":\"c1\",\"value\":1}],\"metadata\":{\"m\":1}},\"dataset_ids\":[\"d1\"]}]}"),
        new Route("DELETE", APP + "/inputs", "{\"ids\":[\"i9\"]}"),
        new Route("POST", APP + "/datasets", "{\"datasets\":[{\"id\":\"d2\",\"description\":\"x\"}]}"),
        new Route("POST", APP + "/datasets/d1/inputs", "{\"dataset_inputs\":[{\"input\":{\"id\":\"i1\"}}]}"),
        new Route("DELETE", APP + "/datasets/d1/inputs", "{\"input_ids\":[\"i9\"]}"),
        new Route("POST", APP + "/searches", "{\"searches\":[{\"id\":\"s1\",\"save\":true,"
            + "\"query\":{\"filters\":[{\"input\":{\"id\":\"i1\"}}]}}]}"),
        new Route("POST", APP + "/concepts", "{\"concepts\":[{\"id\":\"c2\",\"name\":\"two\"}]}"),
        new Route("POST", APP + "/annotations", "{\"annotations\":[{\"input_id\":\"i1\",\"task_id\":\"t1\","
            + "\"data\":{\"regions\":[{\"region_info\":{\"bounding_box\":{\"top_row\":0.1,\"left_col\":0.1,"
            + "\"bottom_row\":0.5,\"right_col\":0.5}},\"data\":{\"concepts\":[{\"id\":\"c1\",\"value\":1}]}}]}}]}"),
        new Route("PATCH", APP + "/annotations", "{\"action\":\"merge\",\"annotations\":[{\"id\":\"a1\","
            + "\"input_id\":\"i1\",\"data\":{\"concepts\":[{\"id\":\"c2\",\"value\":0}]}}]}"),
        new Route("DELETE", APP + "/annotations", "{\"ids\":[\"a9\"]}"),
        new Route("DELETE", APP + "/tasks", "{\"ids\":[\"t9\"]}"),
        new Route("POST", APP + "/collaborators", "{\"collaborators\":[{\"user\":{\"id\":\"u7\"}}]}"),
        new Route("POST", "/v2/tasks", "{\"user_app_id\":{\"user_id\":\"me\",\"app_id\":\"mock-app\"},\"tasks\":[" + task("t3") + "]}"));
  }

  private static final List<String> GET_TARGETS = List.of(
      APP + "/tasks?", APP + "/tasks/t1?", APP + "/tasks/t1/inputs/count?", APP + "/tasks/t1/annotations/count?",
      APP + "/inputs?", APP + "/annotations?", APP + "/datasets/d1/inputs?", APP + "/concepts?", APP + "/searches?",
      "/v2/tasks?");
  private static final List<String> PARAMS = List.of(
      "page", "per_page", "perPage", "worker_user_ids", "review_user_ids", "ids", "input_source_type",
      "input_source_ids", "label_order_ids", "including_label_order_tasks", "additional_fields", "user_ids",
      "statuses.code", "list_all_annotations", "task_id", "input_ids", "user_app_id.user_id", "user_app_id.app_id");
  private static final List<String> BAD_VALUES = List.of(
      "abc", "-1", "1.5", "99999999999999999999", "%00", "%zz", "%C3%28", "BOGUS_ENUM", "4242", "maybe",
      "a,,b", "me", "x".repeat(5000));

  @Test
  void noBadInputCausesA5xxAnAnswerWithoutTheEnvelopeOrAStateChange() throws Exception {
    List<String> problems = new ArrayList<>();
    int sent = 0;
    for (Route route : routes()) {
      for (byte[] body : Mutations.of(route.body(), random)) {
        sent++;
        check(route.method(), route.path(), body, problems);
      }
      for (byte[] body : Mutations.unstorable(route.body())) {
        sent++;
        if (check(route.method(), route.path(), body, problems) < 400) {
          problems.add("accepted: " + route.method() + " " + route.path() + " " + preview(body));
        }
      }
    }
    for (String target : GET_TARGETS) {
      for (int i = 0; i < 30; i++) {
        String param = PARAMS.get(random.nextInt(PARAMS.size()));
        String value = BAD_VALUES.get(random.nextInt(BAD_VALUES.size()));
        sent++;
        check("GET", target + param + "=" + value + "&" + param + "=" + value + "&unknown" + i + "=1", null, problems);
      }
    }
    for (String id : List.of("nope", "%2F", "%ZZ", "%FF", "é", "x".repeat(3000), "%00")) {
      for (String path : List.of("/tasks/" + id, "/inputs/" + id, "/datasets/" + id, "/concepts/" + id,
          "/tasks/" + id + "/assignments")) {
        sent++;
        check("GET", APP + path, null, problems);
        sent++;
        check("PUT", APP + path, "{\"action\":\"LABEL_START\"}".getBytes(StandardCharsets.UTF_8), problems);
      }
    }
    System.out.printf("clarifai bad-input corpus: %d requests, %d problems%n", sent, problems.size());
    assertThat(problems).isEmpty();
  }

  /** Sends one request, notes what is wrong with the answer, returns its status. */
  private int check(String method, String target, byte[] body, List<String> problems) {
    JsonNode before = mock.clarifai().state();
    RawClient.Answer a = raw.send(method, target, AUTH + "Content-Type: application/json\r\n", body);
    String what = method + " " + target.substring(0, Math.min(120, target.length())) + " "
        + (body == null ? "" : preview(body));
    if (a.status() >= 500) {
      problems.add("5xx: " + what + " -> " + a.status() + " " + a.body());
      return a.status();
    }
    try {
      JsonNode status = JSON.readTree(a.body()).get("status");
      if (status == null || !status.get("code").isInt() || !status.get("req_id").asText().matches("[0-9a-f]{32}")) {
        problems.add("no envelope: " + what + " -> " + a.body());
      }
    } catch (Exception e) {
      problems.add("not JSON: " + what + " -> " + a.status() + " " + a.body());
    }
    if (a.status() >= 400 && !mock.clarifai().state().equals(before)) {
      problems.add("state changed on " + a.status() + ": " + what);
    }
    return a.status();
  }

  private static String preview(byte[] body) {
    String s = new String(body, StandardCharsets.UTF_8);
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }
}
