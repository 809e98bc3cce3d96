package dev.labelsdk.mock.server;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.refonte.RefonteConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The control plane over HTTP ({@code /__admin/refonte}, {@code /__admin/clock}, spec §8) and
 * callbacks (§6.4). Callbacks are received by a WireMock stub on the mock's own port.
 */
class RefonteControlHttpTest {

  @RegisterExtension
  static LabelMockExtension mock = LabelMockExtension.withRefonte(
      RefonteConfig.builder().callbackMaxAttempts(4).build());

  private Http live;
  private Http admin;

  @BeforeEach
  void clients() {
    live = new Http(mock.refonteBaseUrl(), "live_ctl");
    admin = new Http(mock.baseUrl() + "/__admin", null);
  }

  private String createWithCallback(String path) {
    return live.post("/task/categorization", "{\"attachment\":\"http://x/a\",\"categories\":[\"cat\",\"dog\"],"
        + "\"callback_url\":\"" + mock.baseUrl() + path + "\"}").json().get("task_id").asText();
  }

  @Test
  void aFaultWithOnlyAClarifaiStatusCodeIsRefusedNotReducedToADelay() {
    assertThatThrownBy(() -> mock.refonte().addFault(Fault.code(98004)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Fault.status(n)");
    assertThat(mock.refonte().faults()).isEmpty();
  }

  @Test
  void aKnownControlPathAskedWithAnotherMethodIs405WithAllowAndAnUnknownOneIs404() {
    Http.Response reset = admin.get("/refonte/reset");
    assertThat(reset.status()).isEqualTo(405);
    assertThat(reset.header("Allow")).isEqualTo("POST");
    assertThat(reset.json().get("error").asText()).isEqualTo("Use POST /__admin/refonte/reset.");
    Http.Response faults = admin.send("PATCH", "/refonte/faults", null, null);
    assertThat(faults.status()).isEqualTo(405);
    assertThat(faults.header("Allow")).isEqualTo("POST, GET, DELETE");

    Http.Response clock = admin.delete("/clock", null);
    assertThat(clock.status()).isEqualTo(405);
    assertThat(clock.header("Allow")).isEqualTo("GET, POST");
    Http.Response health = admin.post("/labelsdk/health", "{}");
    assertThat(health.status()).isEqualTo(405);
    assertThat(health.header("Allow")).isEqualTo("GET, HEAD");
    assertThat(admin.get("/shutdown").header("Allow")).isEqualTo("POST");
    assertThat(admin.send("PUT", "/labelsdk/snapshot", null, null).header("Allow"))
        .isEqualTo("GET, POST");

    Http.Response unknown = admin.get("/refonte/nothing-here");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.header("Allow")).isNull();
  }

  @Test
  void completingATaskPostsTheCallbackWithTheTenantsAuthKey() {
    mock.server().wireMock().stubFor(post("/hook").willReturn(aResponse().withStatus(200)));
    String id = createWithCallback("/hook");

    JsonNode done = admin.post("/refonte/tasks/" + id + "/complete",
        "{\"response\":{\"category\":\"dog\"},\"customer_review_status\":\"fixed\"}").json();
    assertThat(mock.refonte().awaitCallbacks(Duration.ofSeconds(10))).isTrue();

    assertThat(done.get("status").asText()).isEqualTo("completed");
    assertThat(done.get("customer_review_status").asText()).isEqualTo("fixed");
    List<LoggedRequest> received = mock.server().wireMock().findAll(
        WireMock.postRequestedFor(WireMock.urlEqualTo("/hook")));
    assertThat(received).hasSize(1);
    LoggedRequest cb = received.get(0);
    assertThat(cb.getHeader("scale-callback-auth")).isEqualTo("refonte-mock-callback-auth");
    assertThat(cb.getHeader("refonte-callback-auth")).isEqualTo("refonte-mock-callback-auth");
    JsonNode payload = Json.tree(cb.getBody());
    assertThat(payload.get("task_id").asText()).isEqualTo(id);
    assertThat(payload.get("status").asText()).isEqualTo("completed");
    assertThat(payload.get("response").toString()).isEqualTo("{\"category\":\"dog\"}");
    assertThat(payload.get("task").get("task_id").asText()).isEqualTo(id);
    JsonNode after = live.get("/task/" + id).json();
    assertThat(after.get("callback_completed").asBoolean()).isTrue();
    assertThat(after.get("updated_at")).isEqualTo(done.get("updated_at")); // not a stored-field change
  }

  @Test
  void failedDeliveriesAreRetriedWithBackoffOnTheMockClockThenGivenUp() {
    mock.server().wireMock().stubFor(post("/down").willReturn(aResponse().withStatus(503)));
    String id = createWithCallback("/down");
    mock.refonte().complete(id);
    assertThat(mock.refonte().awaitCallbacks(Duration.ofSeconds(10))).isTrue();
    assertThat(mock.refonte().callbacks(id)).hasSize(1);
    assertThat(live.get("/task/" + id).json().has("callback_completed")).isFalse(); // still trying

    mock.server().advanceClock(Duration.ofSeconds(29));
    assertThat(mock.refonte().awaitCallbacks(Duration.ofSeconds(10))).isTrue();
    assertThat(mock.refonte().callbacks(id)).hasSize(1); // 30 s not yet over
    admin.post("/clock", "{\"advance_seconds\":1}");
    assertThat(mock.refonte().awaitCallbacks(Duration.ofSeconds(10))).isTrue();
    assertThat(mock.refonte().callbacks(id)).hasSize(2);
    mock.server().advanceClock(Duration.ofSeconds(60)); // attempt 3 after 60 s
    mock.refonte().awaitCallbacks(Duration.ofSeconds(10));
    mock.server().advanceClock(Duration.ofSeconds(120)); // attempt 4 after 120 s: the last
    mock.refonte().awaitCallbacks(Duration.ofSeconds(10));

    JsonNode attempts = admin.get("/refonte/callbacks?task_id=" + id).json();
    assertThat(attempts).hasSize(4);
    assertThat(attempts.get(0).get("status_code").asInt()).isEqualTo(503);
    assertThat(attempts.get(3).get("attempt").asInt()).isEqualTo(4);
    assertThat(attempts.get(0).get("event").asText()).isEqualTo("completed");
    assertThat(live.get("/task/" + id).json().get("callback_completed").asBoolean()).isFalse();
  }

  @Test
  void errorAndRedoAlsoCallBack() {
    mock.server().wireMock().stubFor(post("/hook").willReturn(aResponse().withStatus(204)));
    String failed = createWithCallback("/hook");
    String redone = createWithCallback("/hook");
    admin.post("/refonte/tasks/" + failed + "/error", "{\"message\":\"blurry\"}");
    admin.post("/refonte/tasks/" + redone + "/complete", null);
    JsonNode r = admin.post("/refonte/tasks/" + redone + "/redo", "{\"response\":{\"category\":\"cat\"}}").json();
    mock.refonte().awaitCallbacks(Duration.ofSeconds(10));

    assertThat(r.get("times_redone").asInt()).isEqualTo(1);
    assertThat(mock.refonte().callbacks(failed).get(0).event()).isEqualTo("error");
    assertThat(mock.refonte().callbacks(redone)).hasSize(2);
    assertThat(admin.post("/refonte/tasks/" + failed + "/redo", null).status()).isEqualTo(400);
    assertThat(admin.post("/refonte/tasks/" + failed + "/complete", null).status()).isEqualTo(400);
    assertThat(admin.post("/refonte/tasks/000000000000000000000000/complete", null).status()).isEqualTo(404);
  }

  @Test
  void emailCallbackUrlsAreStoredButNotDelivered() {
    String id = live.post("/task/imageannotation",
        "{\"attachment\":\"http://x/a\",\"callback_url\":\"refonte@callback.com\"}").json().get("task_id").asText();
    mock.refonte().complete(id);
    mock.refonte().awaitCallbacks(Duration.ofSeconds(5));
    assertThat(mock.refonte().callbacks(id)).isEmpty();
    assertThat(live.get("/task/" + id).json().get("callback_url").asText()).isEqualTo("refonte@callback.com");
  }

  @Test
  void theTaskRouteShowsTheTenantWithoutCompletingTestTasks() {
    Http test = live.as("test_ctl");
    String id = test.post("/task/imageannotation", "{\"attachment\":\"http://x/a\"}").json().get("task_id").asText();
    JsonNode viaAdmin = admin.get("/refonte/tasks/" + id).json();
    assertThat(viaAdmin.get("status").asText()).isEqualTo("pending");
    assertThat(viaAdmin.get("tenant").asText()).startsWith("key-").doesNotContain("test_ctl");
    assertThat(admin.get("/refonte/tasks/nope").status()).isEqualTo(404);
  }

  @Test
  void stateDumpAndResetCoverEverything() {
    live.post("/projects", "{\"type\":\"imageannotation\",\"name\":\"p\"}");
    live.header("Idempotency-Key", "dump-key").post("/task/imageannotation", "{\"attachment\":\"http://x/a\"}");
    admin.post("/refonte/faults", "{\"status\":503,\"path_prefix\":\"/v1/nothing\"}");

    JsonNode state = admin.get("/refonte/state").json();
    assertThat(state.get("tenants").get(0).get("tasks")).hasSize(1);
    assertThat(state.get("tenants").get(0).get("projects")).hasSize(1);
    assertThat(state.get("idempotency_records").get(0).get("state").asText()).isEqualTo("done");
    assertThat(state.get("idempotency_records").get(0).has("body")).isFalse();
    assertThat(state.get("faults")).hasSize(1);
    assertThat(state.toString()).doesNotContain("live_ctl"); // keys never shown

    assertThat(admin.post("/refonte/reset", null).status()).isEqualTo(200);
    JsonNode empty = admin.get("/refonte/state").json();
    assertThat(empty.get("tenants")).isEmpty();
    assertThat(empty.get("idempotency_records")).isEmpty();
    assertThat(empty.get("faults")).isEmpty();
    assertThat(admin.get("/refonte/requests").json()).isEmpty();
  }

  @Test
  void theRequestJournalShowsHeadersWithAuthorizationRedacted() {
    live.header("Idempotency-Key", "journal-key").post("/task/imageannotation", "{\"attachment\":\"http://x/a\"}");
    live.get("/tasks?limit=1");

    JsonNode requests = admin.get("/refonte/requests?limit=2").json();

    assertThat(requests).hasSize(2);
    assertThat(requests.get(0).get("method").asText()).isEqualTo("GET");
    assertThat(requests.get(0).get("query").asText()).isEqualTo("limit=1");
    assertThat(requests.get(1).get("status").asInt()).isEqualTo(200);
    assertThat(requests.get(1).get("headers").get("idempotency-key").asText()).isEqualTo("journal-key");
    assertThat(requests.get(1).get("headers").get("authorization").asText()).isEqualTo("[redacted]");
  }

  @Test
  void rateLimitsAndFaultsAreManagedAtRunTime() {
    assertThat(admin.put("/refonte/rate-limits", "{\"taskCreatePerSecond\":1,\"burst\":1}").json().get("burst")
        .asInt()).isEqualTo(1);
    live.post("/task/imageannotation", "{\"attachment\":\"http://x/a\"}");
    assertThat(live.post("/task/imageannotation", "{\"attachment\":\"http://x/a\"}").status()).isEqualTo(429);
    assertThat(admin.put("/refonte/rate-limits", "{\"taskCreatePerSecond\":-1}").status()).isEqualTo(400);
    assertThat(admin.put("/refonte/rate-limits", "[]").status()).isEqualTo(400);

    JsonNode queue = admin.post("/refonte/faults",
        "{\"status\":504,\"count\":2,\"method\":\"get\",\"path_prefix\":\"/v1/tasks\",\"message\":\"slow\"}").json();
    assertThat(queue.get(0).get("count").asInt()).isEqualTo(2);
    Http.Response faulted = live.get("/tasks");
    assertThat(faulted.status()).isEqualTo(504);
    assertThat(faulted.error()).isEqualTo("slow");
    assertThat(admin.delete("/refonte/faults", null).json()).isEmpty();
    assertThat(live.get("/tasks").status()).isEqualTo(200);
    for (String bad : List.of("{}", "{\"status\":200}", "{\"status\":600}", "{\"status\":500,\"count\":0}",
        "{\"status\":500,\"when\":\"later\"}", "{\"fault\":\"explode\"}", "{\"status\":\"500\"}", "[1]")) {
      assertThat(admin.post("/refonte/faults", bad).status()).as(bad).isEqualTo(400);
    }
  }

  @Test
  void theClockOnlyMovesForward() {
    long before = java.time.Instant.parse(admin.get("/clock").json().get("now").asText()).toEpochMilli();
    JsonNode moved = admin.post("/clock", "{\"advance_seconds\":3600.5}").json();
    long after = java.time.Instant.parse(moved.get("now").asText()).toEpochMilli();
    assertThat(after - before).isGreaterThanOrEqualTo(3_600_500L);
    assertThat(admin.post("/clock", "{\"advance_seconds\":-1}").status()).isEqualTo(400);
    assertThat(admin.post("/clock", "{\"advance_seconds\":\"1\"}").status()).isEqualTo(400);
    assertThat(admin.post("/clock", "nope").status()).isEqualTo(400);
  }

  @Test
  void unknownControlRoutesAre404AndWireMocksOwnAdminStillWorks() {
    assertThat(admin.get("/refonte/nope").status()).isEqualTo(404);
    assertThat(admin.get("/refonte/nope").json().get("status_code").asInt()).isEqualTo(404);
    assertThat(admin.get("/mappings").json().has("mappings")).isTrue();
  }
}
