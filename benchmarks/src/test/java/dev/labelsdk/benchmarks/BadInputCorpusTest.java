package dev.labelsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reliability 2: a generated corpus of bad requests against every Refonte route (mutated and
 * truncated JSON, wrong types for every field, deep nesting, huge strings, invalid UTF-8, lone
 * surrogates and huge numbers at every depth (refused by every route that reads the body),
 * bogus query values, unknown and repeated parameters, bogus ids). Zero 5xx; every error in
 * the API's envelope; an error never changes state. Fixed seed.
 */
class BadInputCorpusTest {

  @RegisterExtension static LabelMockExtension mock = LabelMockExtension.create();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AUTH =
      "Authorization: Basic " + Base64.getEncoder().encodeToString("live_corpus:".getBytes(StandardCharsets.UTF_8)) + "\r\n";

  private final Random random = new Random(7);
  private RawClient raw;
  private String taskId;

  /** A route with a valid request to mutate; {@code readsBody} is false when it ignores the body. */
  private record Route(String method, String path, String body, boolean readsBody) {
    Route(String method, String path, String body) {
      this(method, path, body, true);
    }
  }

  @BeforeEach
  void seed() throws Exception {
    raw = new RawClient(mock.server().port());
    ok("POST", "/v1/projects", "{\"type\":\"imageannotation\",\"name\":\"p\",\"params\":{\"x\":1}}");
    ok("POST", "/v1/batches", "{\"project\":\"p\",\"name\":\"b\"}");
    taskId = JSON.readTree(ok("POST", "/v1/task/imageannotation",
        "{\"attachment\":\"http://x/a\",\"unique_id\":\"u\",\"tags\":[\"t\"],\"batch\":\"b\"}")).get("task_id").asText();
  }

  private String ok(String method, String path, String body) {
    RawClient.Answer a = raw.send(method, path, AUTH + "Content-Type: application/json\r\n",
        body.getBytes(StandardCharsets.UTF_8));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    return a.body();
  }

  private List<Route> routes() {
    String t = "/v1/task/" + taskId;
    return List.of(
        new Route("POST", "/v1/task/imageannotation",
            "{\"instruction\":\"i\",\"attachment\":\"http://x/a\",\"metadata\":{\"k\":1},\"tags\":[\"a\"],"
                + "\"unique_id\":\"u2\",\"project\":\"p\",\"callback_url\":\"http://cb\","
                + "\"clear_unique_id_on_error\":true,\"attachment_type\":\"image\"}"),
        new Route("POST", "/v1/task/categorization",
            "{\"attachment\":\"http://x/a\",\"categories\":[\"a\",\"b\"]}"),
        new Route("POST", "/v1/task/namedentityrecognition", "{\"text\":\"t\",\"labels\":[{\"name\":\"N\"}]}"),
        new Route("POST", "/v1/task/comparison", "{\"attachments\":[\"http://x/a\"],\"choices\":[\"a\"]}"),
        new Route("POST", t + "/cancel", "{}", false),
        new Route("POST", t + "/setMetadata", "{\"a\":{\"b\":[1,2]}}"),
        new Route("POST", t + "/unique_id", "{\"unique_id\":\"u3\",\"clear_unique_id_on_error\":false}"),
        new Route("DELETE", t + "/unique_id", ""),
        new Route("POST", t + "/tags", "[\"x\",\"y\"]"),
        new Route("PUT", t + "/tags", "[\"z\"]"),
        new Route("DELETE", t + "/tags", "[\"x\"]"),
        new Route("POST", t + "/audit", "{\"accepted\":true,\"comments\":\"c\"}"),
        new Route("POST", "/v1/batches", "{\"project\":\"p\",\"name\":\"b2\",\"callback\":\"c\","
            + "\"calibration_batch\":false,\"self_label_batch\":false,\"metadata\":{}}"),
        new Route("POST", "/v1/batches/b/setMetadata", "{\"m\":1}"),
        new Route("POST", "/v1/batches/b/finalize", ""),
        new Route("POST", "/v1/projects", "{\"type\":\"categorization\",\"name\":\"p2\",\"params\":{},"
            + "\"rapid\":false,\"studio\":false}"),
        new Route("POST", "/v1/projects/p/setParams", "{\"patch\":true,\"instruction\":\"x\"}"),
        new Route("POST", "/v1/files/import", "{\"file_url\":\"s3://b/k\",\"project_name\":\"p\",\"metadata\":{}}"),
        new Route("POST", "/v1/teams/invite", "{\"emails\":[\"a@b.c\"],\"team_role\":\"labeler\"}"),
        new Route("POST", "/v1/teams/set_role", "{\"emails\":[\"a@b.c\"],\"team_role\":\"manager\"}"));
  }

  private static final List<String> GET_TARGETS = List.of(
      "/v1/tasks?", "/v1/batches?", "/v1/projects?", "/v1/task/TASK", "/v1/batches/b",
      "/v1/batches/b/status", "/v1/projects/p", "/v1/teams");
  private static final List<String> PARAMS = List.of(
      "limit", "offset", "next_token", "start_time", "end_time", "completed_after", "completed_before",
      "updated_after", "updated_before", "status", "type", "project", "batch", "customer_review_status",
      "tags", "unique_id", "include_attachment_url", "limited_response", "archived", "exclude_archived");
  private static final List<String> BAD_VALUES = List.of(
      "abc", "-1", "1.5", "99999999999999999999", "%00", "%zz", "%C3%28", "0", "101", "true%00",
      "2021-13-01", "yesterday", "%E2%82%AC", "a,b,,c", "x".repeat(5000));

  @Test
  void noBadInputCausesA5xxAnErrorOutsideTheEnvelopeOrAStateChange() throws Exception {
    List<String> problems = new ArrayList<>();
    int sent = 0;
    for (Route route : routes()) {
      for (byte[] body : Mutations.of(route.body(), random)) {
        sent++;
        check(route.method(), route.path(), body, problems);
      }
      for (byte[] body : Mutations.unstorable(route.body())) {
        sent++;
        if (check(route.method(), route.path(), body, problems) < 400 && route.readsBody()) {
          problems.add("accepted: " + route.method() + " " + route.path() + " " + preview(body));
        }
      }
    }
    for (String target : GET_TARGETS) {
      String base = target.replace("TASK", taskId);
      for (int i = 0; i < 40; i++) {
        String param = PARAMS.get(random.nextInt(PARAMS.size()));
        String value = BAD_VALUES.get(random.nextInt(BAD_VALUES.size()));
        String query = param + "=" + value + "&" + param + "=" + value + "&unknown" + i + "=1";
        sent++;
        check("GET", base + (base.contains("?") ? "" : "?") + query, null, problems);
      }
    }
    for (String id : List.of("x", "%2F%2F", "a%2Fb", "%ZZ", "%FF", "é", "0".repeat(24),
        "x".repeat(5000), "..", "%00", taskId + "extra")) {
      for (String suffix : List.of("", "/cancel", "/tags", "/nope")) {
        sent++;
        check("GET", "/v1/task/" + id + suffix, null, problems);
        sent++;
        check("POST", "/v1/task/" + id + suffix, "{}".getBytes(StandardCharsets.UTF_8), problems);
      }
    }
    System.out.printf("bad-input corpus: %d requests, %d problems%n", sent, problems.size());
    assertThat(problems).isEmpty();
  }

  /** Sends one request, notes what is wrong with the answer, returns its status. */
  private int check(String method, String target, byte[] body, List<String> problems) {
    JsonNode before = state();
    RawClient.Answer a = raw.send(method, target, AUTH + "Content-Type: application/json\r\n", body);
    String what = method + " " + target.substring(0, Math.min(120, target.length())) + " "
        + (body == null ? "" : preview(body));
    if (a.status() >= 500) {
      problems.add("5xx: " + what + " -> " + a.status() + " " + a.body());
      return a.status();
    }
    if (a.status() >= 400) {
      try {
        JsonNode error = JSON.readTree(a.body());
        if (error.size() != 2 || error.get("status_code").asInt() != a.status() || !error.get("error").isTextual()) {
          problems.add("not the envelope: " + what + " -> " + a.body());
        }
      } catch (Exception e) {
        problems.add("not JSON: " + what + " -> " + a.status() + " " + a.body());
      }
      if (!state().equals(before)) {
        problems.add("state changed on " + a.status() + ": " + what);
      }
    }
    return a.status();
  }

  private JsonNode state() {
    ObjectNode s = (ObjectNode) mock.refonte().state();
    s.remove("now");
    return s;
  }

  private static String preview(byte[] body) {
    String s = new String(body, StandardCharsets.UTF_8);
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }
}
