package dev.labelsdk.mock.refonte.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.MockClock;
import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.http.FaultQueue;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.refonte.RefonteConfig;
import dev.labelsdk.mock.refonte.RefonteEngine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Refonte binding without a server: its route table and what it puts into the shared
 * pipeline (fault answers, X-Request-Id, the journal).
 */
class RefonteHttpApiTest {

  private final MockClock clock = new MockClock(InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z")));
  private final RefonteEngine engine = new RefonteEngine(RefonteConfig.defaults(), clock,
      (url, headers, body, timeout) -> CompletableFuture.completedFuture(200));
  private final FaultQueue faults = new FaultQueue();
  private final RequestJournal journal = new RequestJournal(10);
  private final RefonteHttpApi api = new RefonteHttpApi(engine, faults, journal);

  @AfterEach
  void close() {
    engine.close();
  }

  private ApiResponse call(String method, String url, String body) {
    ApiRequest.Builder b = ApiRequest.builder(method, url).header("Authorization",
        "Basic " + Base64.getEncoder().encodeToString("live_wire:".getBytes(StandardCharsets.UTF_8)));
    if (body != null) {
      b.header("Content-Type", "application/json").body(body.getBytes(StandardCharsets.UTF_8));
    }
    return api.handle(b.build());
  }

  private static JsonNode json(ApiResponse r) {
    return Json.tree(r.body());
  }

  @Test
  void theRouteListIsTheRoutersOwn() {
    assertThat(RefonteHttpApi.ROUTES).hasSize(26).doesNotHaveDuplicates()
        .contains("POST /v1/task/{type}", "DELETE /v1/task/{id}/tags", "POST /v1/teams/set_role");
    assertThat(RefonteAdminHttpApi.ROUTES).contains("DELETE /__admin/refonte/faults");
  }

  @Test
  void routesFindTheirParametersAndEverythingElseIs404() {
    String id = json(call("POST", "/v1/task/imageannotation", "{\"attachment\":\"http://x/a\"}")).get("task_id").asText();
    assertThat(json(call("GET", "/v1/task/" + id, null)).get("task_id").asText()).isEqualTo(id);
    assertThat(json(call("POST", "/v1/task/" + id + "/cancel", null)).get("status").asText()).isEqualTo("canceled");
    ApiResponse otherMethod = call("PATCH", "/v1/task/" + id, "{}");
    assertThat(otherMethod.status()).isEqualTo(404);
    assertThat(json(otherMethod).get("error").asText()).isEqualTo("No such endpoint: PATCH /v1/task/" + id + ".");
    assertThat(call("GET", "/v1/files/upload", null).status()).isEqualTo(404);
  }

  @Test
  void faultAnswersUseTheRefonteEnvelopeAndEveryAnswerHasARequestId() {
    faults.add(Fault.status(503).retryAfter(4).onRegex("GET", "^/v1/tasks$"));
    faults.add(Fault.status(502).withMessage("upstream"));
    ApiResponse first = call("GET", "/v1/tasks", null);
    assertThat(first.status()).isEqualTo(503);
    assertThat(json(first).get("error").asText()).isEqualTo("Injected fault: HTTP 503.");
    assertThat(first.header("Retry-After")).isEqualTo("4");
    assertThat(first.header("X-Request-Id")).matches("req_[0-9a-f]{24}");
    assertThat(json(call("GET", "/v1/teams", null)).get("error").asText()).isEqualTo("upstream");
    ApiResponse malformed = call("GET", "/v1/task/%zz", null);
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.header("X-Request-Id")).startsWith("req_");
    assertThat(journal.latest(3)).extracting(RequestJournal.Entry::status).containsExactly(400, 502, 503);
  }

  @Test
  void aDelayOnlyFaultDefersTheRequestThenProcessesIt() {
    faults.add(Fault.delay(300).on("POST", "/v1/projects"));
    ApiResponse deferred = call("POST", "/v1/projects", "{\"type\":\"imageannotation\",\"name\":\"p\"}");
    assertThat(deferred.isDeferred()).isTrue();
    assertThat(deferred.delayMillis()).isEqualTo(300);
    assertThat(json(call("GET", "/v1/projects", null))).isEmpty(); // not created yet
    ApiResponse done = deferred.resolve();
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.header("X-Request-Id")).startsWith("req_");
    assertThat(json(call("GET", "/v1/projects", null))).hasSize(1);
  }
}
