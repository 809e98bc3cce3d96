package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.clarifai.wire.ClarifaiFault;
import dev.labelsdk.mock.common.MockClock;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Clarifai control plane over HTTP and from Java (spec §10), the rate limit (§9) and faults. */
class ClarifaiControlHttpTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withClarifai(ClarifaiConfig.builder().rateLimitPerSecond(0).build());

  private ClarifaiHttp admin;
  private ClarifaiHttp api;

  @BeforeEach
  void clients() {
    admin = new ClarifaiHttp(mock.baseUrl() + "/__admin/clarifai", null);
    api = new ClarifaiHttp(mock.baseUrl(), "any_key");
  }

  @Test
  void aKnownControlPathAskedWithAnotherMethodIs11103WithAllowAndAnUnknownOneIs11101() {
    ClarifaiHttp.Response reset = admin.get("/reset");
    assertThat(reset.status()).as("11103 is a 400, as on /v2 (spec 5.3)").isEqualTo(400);
    assertThat(reset.header("Allow")).isEqualTo("POST");
    assertThat(reset.json().at("/status/code").asInt()).isEqualTo(11103);
    assertThat(reset.json().at("/status/details").asText())
        .isEqualTo("GET is not allowed on /__admin/clarifai/reset; use POST");

    ClarifaiHttp.Response unknown = admin.get("/nothing-here");
    assertThat(unknown.json().at("/status/code").asInt()).isEqualTo(11101);
    assertThat(unknown.header("Allow")).isNull();
  }

  @Test
  void seedUpsertsEverythingAndTheStateDumpShowsIt() {
    ClarifaiHttp.Response seeded = admin.post("/seed", """
        {"users":[{"id":"u1"}],"apps":[{"user_id":"owner","id":"app1"}],
         "collaborators":[{"user_id":"owner","app_id":"app1","collaborator_user_id":"u1"}],
         "keys":[{"token":"pat-u1","type":"PAT","user_id":"u1"},
                 {"token":"key-1","type":"APP_KEY","user_id":"owner","app_id":"app1","scopes":["All"]}],
         "concepts":[{"user_id":"owner","app_id":"app1","id":"water","name":"Water"}],
         "inputs":[{"user_id":"owner","app_id":"app1","id":"in1","data":{"image":{"url":"https://x/1.jpg"},
                    "concepts":[{"id":"water"}]},"dataset_ids":["ds1"]}]}""");
    assertThat(seeded.status()).isEqualTo(200);
    JsonNode state = admin.get("/state").json();
    assertThat(state.get("users").findValuesAsText("id")).containsExactly("u1", "owner");
    assertThat(state.get("keys").toString()).doesNotContain("pat-u1").contains("\"type\":\"APP_KEY\"");
    assertThat(state.at("/collaborators/0/id").asText()).isEqualTo("u1");
    JsonNode app = state.at("/apps/0");
    assertThat(app.at("/inputs/0/dataset_ids").toString()).isEqualTo("[\"ds1\"]");
    assertThat(app.at("/datasets/0/id").asText()).isEqualTo("ds1");
    assertThat(app.at("/concepts/0/name").asText()).isEqualTo("Water");
    assertThat(app.at("/annotations/0/status/code").asInt()).isEqualTo(24150);
    assertThat(api.as("key-1").get("/v2/inputs/in1").json().at("/input/id").asText()).isEqualTo("in1");

    JsonNode before = admin.get("/state").json();
    ClarifaiHttp.Response bad = admin.post("/seed", "{\"inputs\":[{\"user_id\":\"owner\",\"app_id\":\"app1\","
        + "\"id\":\"in2\",\"data\":{}}],\"users\":[{\"id\":\"u9\"}]}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo(30104);
    assertThat(admin.get("/state").json()).isEqualTo(before);
    assertThat(admin.post("/seed", "{\"keys\":[{\"token\":\"x\",\"type\":\"OTHER\",\"user_id\":\"u\"}]}").code())
        .isEqualTo(11102);
  }

  @Test
  void configIsReadMergedAndRestoredByReset() {
    JsonNode config = admin.get("/config").json();
    assertThat(config.toString()).isEqualTo("{\"auth_mode\":\"permissive\",\"default_user_id\":\"mock-user\","
        + "\"default_app_id\":\"mock-app\",\"rate_limit_per_second\":0,\"max_per_page\":1000,"
        + "\"dynamic_batch_size\":10,\"consensus_iou_threshold\":0.5,\"strict_references\":false,"
        + "\"id_seed\":null,\"http_status_overrides\":{}}");
    JsonNode merged = admin.put("/config", "{\"max_per_page\":2,\"default_app_id\":\"other\","
        + "\"http_status_overrides\":{\"11102\":404}}").json();
    assertThat(merged.get("max_per_page").asInt()).isEqualTo(2);
    assertThat(merged.get("auth_mode").asText()).isEqualTo("permissive");
    api.post("/v2/tasks", "{\"tasks\":[{},{},{}]}");
    assertThat(api.get("/v2/tasks?per_page=50").json().get("tasks")).hasSize(2);
    assertThat(api.get("/v2/tasks").json().at("/tasks/0/app_id").asText()).isEqualTo("other");
    assertThat(api.post("/v2/tasks", "{\"tasks\":[]}").status()).isEqualTo(404); // the override
    ClarifaiHttp.Response unknown = admin.put("/config", "{\"colour\":\"red\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.details()).isEqualTo("unknown configuration key \"colour\"");
    assertThat(admin.put("/config", "{\"auth_mode\":\"lenient\"}").code()).isEqualTo(11102);
    assertThat(admin.put("/config", "{\"consensus_iou_threshold\":2}").code()).isEqualTo(11102);

    assertThat(admin.post("/reset", "{\"keep_config\":true}").json().get("reset").asBoolean()).isTrue();
    assertThat(admin.get("/config").json().get("max_per_page").asInt()).isEqualTo(2);
    assertThat(admin.get("/state").json().get("apps")).isEmpty();
    admin.post("/reset", null);
    assertThat(admin.get("/config").json()).isEqualTo(config);
  }

  @Test
  void faultsAreQueuedListedAndCleared() {
    ClarifaiHttp.Response added = admin.post("/faults", "{\"method\":\"GET\",\"path_regex\":\"^/v2/tasks\","
        + "\"times\":2,\"status_code\":11005,\"http_status\":429,\"retry_after\":1,\"delay_ms\":0}");
    assertThat(added.json().toString()).isEqualTo("[{\"method\":\"GET\",\"path_regex\":\"^/v2/tasks\",\"times\":2,"
        + "\"status_code\":11005,\"http_status\":429,\"retry_after\":1}]");
    assertThat(api.post("/v2/tasks", "{\"tasks\":[{}]}").code()).isEqualTo(10000); // other method
    ClarifaiHttp.Response faulted = api.get("/v2/tasks");
    assertThat(faulted.status()).isEqualTo(429);
    assertThat(faulted.header("Retry-After")).isEqualTo("1");
    assertThat(faulted.json().get("tasks")).isEmpty();
    assertThat(admin.get("/faults").json().at("/0/times").asInt()).isEqualTo(1);
    admin.delete("/faults", null);
    assertThat(api.get("/v2/tasks").code()).isEqualTo(10000);
    assertThat(admin.post("/faults", "{\"path_regex\":\"(\"}").code()).isEqualTo(11102);
    assertThat(admin.post("/faults", "{\"times\":0}").code()).isEqualTo(11102);

    admin.post("/faults", "{\"drop_connection\":true}");
    // On a fresh connection (clients silently retry a reset on a kept-alive one).
    assertThatThrownBy(() -> RawHttp.send(mock.server().port(), "GET /v2/tasks HTTP/1.1",
        "Authorization: Key any_key\r\n", null)).isInstanceOf(UncheckedIOException.class);
    mock.clarifai().addFault(ClarifaiFault.status(10030));
    assertThat(api.get("/v2/tasks").status()).isEqualTo(503);
    assertThat(mock.clarifai().faults()).isEmpty();
  }

  @Test
  void aFaultAfterProcessingCommitsTheRequestButLosesItsAnswer() {
    JsonNode listed = admin.post("/faults", "{\"method\":\"POST\",\"path_regex\":\"/tasks$\","
        + "\"status_code\":98004,\"when\":\"after\"}").json();
    assertThat(listed.at("/0/when").asText()).isEqualTo("after");

    ClarifaiHttp.Response lost = api.post("/v2/tasks", "{\"tasks\":[{\"id\":\"kept\",\"name\":\"n\"}]}");
    ClarifaiHttp.Response retry = api.post("/v2/tasks", "{\"tasks\":[{\"id\":\"kept\",\"name\":\"n\"}]}");

    assertThat(lost.status()).isEqualTo(500);
    assertThat(lost.code()).isEqualTo(98004);
    assertThat(api.get("/v2/tasks/kept").code()).isEqualTo(10000); // it was created
    assertThat(retry.code()).isEqualTo(40010); // so the retry is a duplicate
    assertThat(admin.post("/faults", "{\"when\":\"later\"}").code()).isEqualTo(11102);
  }

  @Test
  void aSharedFaultGivenOnlyAnHttpStatusAnswersWithTheCodeOfThatStatus() {
    // The shared Fault.status(503) works on both APIs (it used to be taken as a delay here).
    mock.clarifai().addFault(Fault.status(503).afterProcessing().onRegex("POST", "/tasks$"));

    ClarifaiHttp.Response lost = api.post("/v2/tasks", "{\"tasks\":[{\"id\":\"shared\",\"name\":\"n\"}]}");

    assertThat(lost.status()).isEqualTo(503);
    assertThat(lost.code()).isEqualTo(98004);
    assertThat(api.get("/v2/tasks/shared").code()).isEqualTo(10000); // committed first
    assertThat(mock.clarifai().faults()).isEmpty();
  }

  @Test
  void theJournalShowsRecentRequestsNewestFirst() {
    api.post("/v2/tasks?verbose=1", "{\"tasks\":[{\"name\":\"journaled\"}]}");
    api.get("/v2/tasks/nope");
    JsonNode requests = admin.get("/requests?limit=2").json();
    assertThat(requests).hasSize(2);
    assertThat(requests.at("/0/status").asInt()).isEqualTo(404);
    assertThat(requests.at("/1/method").asText()).isEqualTo("POST");
    assertThat(requests.at("/1/query").asText()).isEqualTo("verbose=1");
    assertThat(requests.at("/1/body").asText()).contains("journaled");
    assertThat(requests.at("/1/headers/authorization").asText()).isEqualTo("[redacted]");
    assertThat(mock.clarifai().requests(5)).hasSize(2);
    assertThat(admin.get("/requests?limit=x").code()).isEqualTo(11100);
  }

  @Test
  void unknownControlRoutesAndBadBodiesAreErrorsInTheEnvelope() {
    ClarifaiHttp.Response unknown = admin.get("/nothing");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo(11101);
    assertThat(admin.post("/seed", "{").code()).isEqualTo(11100);
  }

  @Test
  void theSharedMockClockStampsClarifaiObjects() {
    Instant before = Instant.parse(api.post("/v2/tasks", "{\"tasks\":[{}]}").json().at("/tasks/0/created_at").asText());
    new ClarifaiHttp(mock.baseUrl(), null).post("/__admin/clock", "{\"advance_seconds\":3600}");
    Instant after = Instant.parse(api.post("/v2/tasks", "{\"tasks\":[{}]}").json().at("/tasks/0/created_at").asText());
    assertThat(Duration.between(before, after)).isGreaterThanOrEqualTo(Duration.ofHours(1));
  }

  @Test
  void sixteenRequestsInOneInstantHitTheDefaultLimit_vector15() {
    MockClock frozen = new MockClock(InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z")));
    // In-process servers start without limits; one call turns the API's on.
    try (LabelMockServer server = LabelMockServer.builder().clock(frozen).apiRateLimits().build().start()) {
      ClarifaiHttp client = new ClarifaiHttp(server.baseUrl(), "busy_key");
      for (int i = 0; i < 15; i++) {
        assertThat(client.get("/v2/tasks").status()).isEqualTo(200);
      }
      ClarifaiHttp.Response r = client.post("/v2/tasks", "{\"tasks\":[{}]}");
      assertThat(r.status()).isEqualTo(429);
      assertThat(r.code()).isEqualTo(11005);
      assertThat(Integer.parseInt(r.header("Retry-After"))).isGreaterThanOrEqualTo(1);
      assertThat(r.json().get("tasks")).isEmpty();
      assertThat(new ClarifaiHttp(server.baseUrl() + "/__admin/clarifai", null).get("/state").json().get("apps"))
          .isEmpty(); // the control plane is never limited, and the throttled create changed nothing
      server.advanceClock(Duration.ofSeconds(1));
      assertThat(client.get("/v2/tasks").status()).isEqualTo(200);
      server.clarifai().setRateLimit(0);
      for (int i = 0; i < 20; i++) {
        assertThat(client.get("/v2/tasks").status()).isEqualTo(200);
      }
    }
  }

  @Test
  void theJavaHandleMirrorsTheControlRoutes() {
    ClarifaiControl control = mock.clarifai();
    control.addUser("u7").addApp("owner", "app1").addAppKey("k1", "owner", "app1").addConcept("owner", "app1", "c", "C");
    control.updateConfig(Map.of("max_per_page", 5));
    assertThat(control.config().maxPerPage()).isEqualTo(5);
    control.configure(control.config().toBuilder().maxPerPage(7).build());
    assertThat(admin.get("/config").json().get("max_per_page").asInt()).isEqualTo(7);
    assertThat(control.state().get("users").findValuesAsText("id")).contains("u7", "owner");
    control.addFault(ClarifaiFault.status(98004).on(null, "/concepts"));
    assertThat(api.as("k1").get("/v2/concepts").status()).isEqualTo(500);
    control.addFault(ClarifaiFault.status(98004));
    control.clearFaults();
    assertThat(api.as("k1").get("/v2/concepts").json().at("/concepts/0/name").asText()).isEqualTo("C");
    assertThat(control.requests(1).get(0).path()).isEqualTo("/v2/concepts");
    control.reset();
    assertThat(control.config().maxPerPage()).isEqualTo(1000);
    assertThat(control.engine().control().state().apps()).isEmpty();
    assertThat(List.of(mock.clarifaiBaseUrl(), mock.server().clarifaiBaseUrl())).containsOnly(mock.baseUrl() + "/v2");
  }
}
