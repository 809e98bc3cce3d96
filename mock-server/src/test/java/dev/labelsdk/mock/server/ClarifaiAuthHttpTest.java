package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Auth and app scoping over HTTP (spec §2), and what the official clients send (§4, §11),
 * replayed byte for byte where it matters (acceptance vector 17).
 */
class ClarifaiAuthHttpTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withClarifai(ClarifaiConfig.builder().rateLimitPerSecond(0).build());

  private ClarifaiHttp http;

  @BeforeEach
  void seed() {
    mock.clarifai().addApp("owner", "app1").addPat("pat-owner", "owner").addPat("pat-u1", "u1")
        .addPat("pat-u2", "u2").addCollaborator("owner", "app1", "u1").addAppKey("key-app1", "owner", "app1");
    http = new ClarifaiHttp(mock.baseUrl(), "pat-owner");
  }

  @Test
  void aMissingOrMalformedHeaderIs401With11102AndTheListField() {
    for (ClarifaiHttp h : new ClarifaiHttp[] {http.as(null), http.as(null).header("Authorization", "Bearer x"),
        http.as(null).header("Authorization", "key abc"), http.as(null).header("Authorization", "Key ")}) {
      ClarifaiHttp.Response r = h.get("/v2/tasks");
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.code()).isEqualTo(11102);
      assertThat(r.details()).isEqualTo("Empty or malformed authorization header. Please provide an API key or session token.");
      assertThat(r.json().get("tasks")).isEmpty();
    }
    ClarifaiHttp.Response badFormat = http.as("not.a/key").get("/v2/tasks");
    assertThat(badFormat.status()).isEqualTo(401);
    assertThat(badFormat.code()).isEqualTo(11008);
    assertThat(badFormat.details()).isEqualTo("Invalid format of key.");
    assertThat(http.as("k".repeat(201)).get("/v2/tasks").code()).isEqualTo(11008);
  }

  @Test
  void strictModeAcceptsOnlySeededKeysAppsAndMembers_vector7() {
    mock.clarifai().updateConfig(Map.of("auth_mode", "strict"));
    ClarifaiHttp.Response noApp = http.get("/v2/tasks");
    assertThat(noApp.status()).isEqualTo(401);
    assertThat(noApp.code()).isEqualTo(11008);
    assertThat(noApp.details()).isEqualTo("Must provide app external ID in API authorizer");
    assertThat(noApp.json().get("tasks")).isEmpty();

    ClarifaiHttp.Response unknownKey = http.as("who-is-this").get("/v2/users/owner/apps/app1/tasks");
    assertThat(unknownKey.status()).isEqualTo(401);
    assertThat(unknownKey.code()).isEqualTo(11009);
    ClarifaiHttp.Response unknownApp = http.get("/v2/users/owner/apps/nope/tasks");
    assertThat(unknownApp.status()).isEqualTo(404);
    assertThat(unknownApp.details()).isEqualTo("app 'owner/nope' not found");
    ClarifaiHttp.Response outsider = http.as("pat-u2").get("/v2/users/owner/apps/app1/tasks");
    assertThat(outsider.status()).isEqualTo(403);
    assertThat(outsider.code()).isEqualTo(11007);
    assertThat(http.as("pat-u1").get("/v2/users/owner/apps/app1/tasks").code()).isEqualTo(10000);
    assertThat(http.as("key-app1").get("/v2/tasks").code()).isEqualTo(10000);
    ClarifaiHttp.Response otherApp = http.as("key-app1").get("/v2/users/owner/apps/app2/tasks");
    assertThat(otherApp.status()).isEqualTo(401);
    assertThat(otherApp.details()).isEqualTo("Invalid API key/application pair");
  }

  @Test
  void permissiveModeCreatesUsersAndAppsOnTheFirstSuccessfulWrite() {
    ClarifaiHttp wildcard = http.as("whatever_token");
    assertThat(wildcard.get("/v2/users/alice/apps/fresh/tasks").code()).isEqualTo(10000);
    assertThat(wildcard.post("/v2/users/alice/apps/fresh/inputs", "{\"inputs\":[{\"data\":{}}]}").code())
        .isEqualTo(10020);
    assertThat(wildcard.post("/v2/users/alice/apps/fresh/tasks", "{\"tasks\":[]}").code()).isEqualTo(11102);
    assertThat(mock.clarifai().state().get("apps").findValuesAsText("id")).doesNotContain("fresh");
    wildcard.post("/v2/users/alice/apps/fresh/tasks", "{\"tasks\":[{}]}");
    JsonNode state = mock.clarifai().state();
    assertThat(state.get("apps").findValuesAsText("id")).contains("fresh");
    assertThat(state.get("users").findValuesAsText("id")).contains("alice", "mock-user");
  }

  @Test
  void namingTwoDifferentAppsIs11102_vector8() {
    ClarifaiHttp.Response r = http.post("/v2/users/me/apps/app1/tasks",
        "{\"user_app_id\":{\"app_id\":\"app2\"},\"tasks\":[{}]}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.code()).isEqualTo(11102);
    assertThat(r.details()).isEqualTo("user_app_id does not match the request path");
    assertThat(http.get("/v2/users/me/apps/app1/tasks?user_app_id.user_id=u1").code()).isEqualTo(11102);
    assertThat(http.get("/v2/tasks?user_app_id.user_id=owner&user_app_id.app_id=app1").code()).isEqualTo(10000);
  }

  @Test
  void meIsTheKeysUserEverywhere() {
    JsonNode t = http.post("/v2/users/me/apps/app1/tasks", "{\"tasks\":[{\"worker\":{\"user_ids\":[\"me\",\"u1\"]},"
        + "\"review\":{\"strategy\":\"MANUAL\",\"users\":[{\"id\":\"me\"}]}}]}").json().at("/tasks/0");
    assertThat(t.get("user_id").asText()).isEqualTo("owner");
    assertThat(t.at("/worker/user_ids").toString()).isEqualTo("[\"owner\",\"u1\"]");
    assertThat(t.at("/review/user_ids").toString()).isEqualTo("[\"owner\"]");
    assertThat(http.get("/v2/users/owner/apps/app1/tasks?worker_user_ids=me").json().get("tasks")).hasSize(1);
    assertThat(http.as("pat-u1").get("/v2/users/owner/apps/app1/tasks?worker_user_ids=me").json().get("tasks")).hasSize(1);
    assertThat(http.as("pat-u2").get("/v2/users/owner/apps/app1/tasks?review_user_ids=me").json().get("tasks")).isEmpty();
  }

  @Test
  void keyScopesLimitEndpoints() {
    mock.clarifai().seed(Map.of("keys", List.of(Map.of("token", "read-only", "type", "PAT",
        "user_id", "owner", "scopes", List.of("Tasks:Get")))));
    assertThat(http.as("read-only").get("/v2/users/owner/apps/app1/tasks").code()).isEqualTo(10000);
    ClarifaiHttp.Response denied = http.as("read-only").post("/v2/users/owner/apps/app1/tasks", "{\"tasks\":[{}]}");
    assertThat(denied.status()).isEqualTo(403);
    assertThat(denied.details()).isEqualTo("API key has insufficient scopes");
  }

  /** Exactly what clarifai-grpc-java 10.x sends over its JSON channel (spec §11). */
  @Test
  void theOfficialJavaClientsRequestsAllDecode_vector17() {
    ClarifaiHttp java = http.header("Accept", "application/json");
    String charset = "application/json; charset=utf8";
    String userAppId = "\"user_app_id\":{\"user_id\":\"me\",\"app_id\":\"app1\"}";
    ClarifaiHttp.Response created = java.sendBytes("POST", "/v2/users/me/apps/app1/tasks", ("{" + userAppId
        + ",\"tasks\":[{\"type\":\"CONCEPTS_CLASSIFICATION\",\"name\":\"Annotate water\","
        + "\"worker\":{\"strategy\":\"PARTITIONED\",\"user_ids\":[\"u1\",\"u2\"],\"partitioned_strategy_info\":"
        + "{\"type\":\"WEIGHTED\",\"workers_per_input\":1,\"weights\":{\"u1\":90.0,\"u2\":10.0}}},"
        + "\"concepts\":[{\"concept\":{\"id\":\"water\",\"value\":0.0}}],\"input_source\":{\"type\":\"ALL_INPUTS\"},"
        + "\"sample_ms\":1000,\"review\":{\"strategy\":\"NONE\"}}]}").getBytes(StandardCharsets.UTF_8), charset);
    assertThat(created.code()).as(created.text()).isEqualTo(10000);
    String id = created.json().at("/tasks/0/id").asText();
    assertThat(created.json().at("/tasks/0/worker/partitioned_strategy_info/weights").toString())
        .isEqualTo("{\"u1\":90,\"u2\":10}");

    String query = "user_app_id.user_id=me&user_app_id.app_id=app1";
    assertThat(java.get("/v2/users/me/apps/app1/tasks/" + id + "?" + query).json().at("/task/id").asText())
        .isEqualTo(id);
    assertThat(java.get("/v2/users/me/apps/app1/tasks?per_page=5&" + query + "&page=1").json().get("tasks"))
        .hasSize(1);
    ClarifaiHttp.Response patched = java.sendBytes("PATCH", "/v2/users/me/apps/app1/tasks", ("{" + userAppId
        + ",\"tasks\":[{\"id\":\"" + id + "\",\"status\":{\"code\":\"TASK_DONE\"}}],\"action\":\"merge\"}")
        .getBytes(StandardCharsets.UTF_8), charset);
    assertThat(patched.json().at("/tasks/0/status/code").asInt()).isEqualTo(54002);
    ClarifaiHttp.Response deleted = java.sendBytes("DELETE", "/v2/users/me/apps/app1/tasks",
        ("{" + userAppId + ",\"ids\":[\"" + id + "\"]}").getBytes(StandardCharsets.UTF_8), charset);
    assertThat(deleted.code()).isEqualTo(10000);
    ClarifaiHttp.Response gone = java.get("/v2/users/me/apps/app1/tasks/" + id + "?" + query);
    assertThat(gone.code()).isEqualTo(54102); // the client ignores the 404 and reads the envelope
  }

  @Test
  void lowerCamelNamesEnumNumbersAndNumericStringsAreAccepted() {
    ClarifaiHttp python = http.header("X-Clarifai-gRPC-Client", "python:10.0")
        .header("X-Clarifai-Request-ID-Prefix", "py");
    JsonNode t = python.post("/v2/tasks", "{\"userAppId\":{\"userId\":\"owner\",\"appId\":\"app1\"},\"tasks\":[{"
        + "\"type\":2,\"sampleMs\":\"500\",\"inputSource\":{\"type\":\"1\"},\"worker\":{\"strategy\":\"2\","
        + "\"userIds\":[\"u1\",\"u2\"],\"partitionedStrategyInfo\":{\"type\":\"WEIGHTED\",\"workersPerInput\":1,"
        + "\"weights\":{\"u1\":1,\"u2\":3}}},\"review\":{\"strategy\":\"CONSENSUS\",\"consensusStrategyInfo\":"
        + "{\"approvalThresholdLabelers\":1,\"approval_threshold_labelers\":2}}}]}").json().at("/tasks/0");
    assertThat(t.get("type").asInt()).isEqualTo(2);
    assertThat(t.get("sample_ms").asInt()).isEqualTo(500);
    assertThat(t.at("/worker/strategy").asInt()).isEqualTo(2);
    assertThat(t.at("/worker/partitioned_strategy_info/weights").toString()).isEqualTo("{\"u1\":1,\"u2\":3}");
    assertThat(t.at("/review/consensus_strategy_info/approval_threshold_labelers").asInt()).isEqualTo(2); // snake wins
    assertThat(python.get("/v2/tasks?userAppId.userId=owner&userAppId.appId=app1&perPage=1").json().get("tasks"))
        .hasSize(1);
  }
}
