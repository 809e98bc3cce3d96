package dev.labelsdk.mock.clarifai.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.clarifai.ClarifaiEngine;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.MockClock;
import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.http.FaultQueue;
import dev.labelsdk.mock.http.RequestJournal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HTTP binding without a server (spec §1.3, §5, §9, §10): processing order, faults with a
 * recorded delay, the rate limit on a frozen clock, overrides and deterministic ids.
 */
class ClarifaiHttpApiTest {

  private final MockClock clock = new MockClock(InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z")));
  private final List<Long> slept = new ArrayList<>();
  private final FaultQueue faults = new FaultQueue();
  private ClarifaiEngine engine = new ClarifaiEngine(ClarifaiConfig.defaults(), clock);
  private final RequestJournal journal = new RequestJournal(10, 100);
  private ClarifaiHttpApi api = new ClarifaiHttpApi(engine, faults, journal);

  private ApiResponse call(String method, String url, String token, String body) {
    ApiRequest.Builder b = ApiRequest.builder(method, url);
    if (token != null) {
      b.header("Authorization", "Key " + token);
    }
    if (body != null) {
      b.body(body.getBytes(StandardCharsets.UTF_8));
    }
    ApiResponse r = api.handle(b.build());
    while (r.isDeferred()) { // as the server does, without the wait
      slept.add(r.delayMillis());
      r = r.resolve();
    }
    return r;
  }

  private static JsonNode json(ApiResponse r) {
    return Json.tree(r.body());
  }

  @Test
  void sixteenBackToBackRequestsOnOneKeyThrottleTheLast_vector15() {
    engine.configure(engine.config().toBuilder()
        .rateLimitPerSecond(ClarifaiConfig.DEFAULT_RATE_LIMIT_PER_SECOND).build());
    for (int i = 0; i < 15; i++) {
      assertThat(call("GET", "/v2/tasks", "k1", null).status()).isEqualTo(200);
    }
    ApiResponse throttled = call("POST", "/v2/tasks", "k1", "{\"tasks\":[{}]}");
    assertThat(throttled.status()).isEqualTo(429);
    assertThat(throttled.header("Retry-After")).isEqualTo("1");
    assertThat(json(throttled).get("status").get("code").asInt()).isEqualTo(11005);
    assertThat(json(throttled).get("status").get("description").asText()).isEqualTo("Making too many requests");
    assertThat(json(throttled).get("status").get("details").asText()).isEqualTo("exceeded limit of 15 requests per second");
    assertThat(json(throttled).get("tasks")).isEmpty();
    assertThat(engine.control().state().apps()).isEmpty(); // no side effect
    assertThat(call("GET", "/v2/tasks", "k2", null).status()).isEqualTo(200); // another key, another bucket
    clock.advance(Duration.ofMillis(70));
    assertThat(call("GET", "/v2/tasks", "k1", null).status()).isEqualTo(200); // one token refilled
    assertThat(call("GET", "/v2/tasks", "k1", null).status()).isEqualTo(429);
  }

  @Test
  void theRateLimitIsConfigurableAndZeroTurnsItOff() {
    engine.configure(engine.config().toBuilder().rateLimitPerSecond(2).build());
    call("GET", "/v2/tasks", "k", null);
    call("GET", "/v2/tasks", "k", null);
    ApiResponse r = call("GET", "/v2/tasks", "k", null);
    assertThat(json(r).at("/status/details").asText()).isEqualTo("exceeded limit of 2 requests per second");
    engine.configure(engine.config().toBuilder().rateLimitPerSecond(0).build());
    assertThat(call("GET", "/v2/tasks", "k", null).status()).isEqualTo(200);
  }

  @Test
  void faultsComeFirstInFifoOrderWithTheirDelay() {
    faults.add(ClarifaiFault.status(98004).on("GET", "^/v2/tasks").times(2).delayMs(25).fault());
    faults.add(ClarifaiFault.status(11003).retryAfter(7).fault());
    ApiResponse first = call("GET", "/v2/tasks", null, null); // before the auth check
    assertThat(first.status()).isEqualTo(500);
    assertThat(json(first).get("status").get("code").asInt()).isEqualTo(98004);
    assertThat(json(first).get("tasks")).isEmpty();
    assertThat(call("GET", "/v2/tasks", "k", null).status()).isEqualTo(500);
    ApiResponse hourly = call("POST", "/v2/nothing/here", "k", "{}");
    assertThat(hourly.status()).isEqualTo(429);
    assertThat(hourly.header("Retry-After")).isEqualTo("7");
    assertThat(call("GET", "/v2/tasks", "k", null).status()).isEqualTo(200);
    assertThat(slept).containsExactly(25L, 25L); // one wait per delaying fault, none without
  }

  @Test
  void aFaultCanForceAnHttpStatusDropTheConnectionOrOnlyDelay() {
    faults.add(ClarifaiFault.status(10030).httpStatus(502).fault());
    faults.add(ClarifaiFault.drop().fault());
    faults.add(ClarifaiFault.delay(40).fault());
    assertThat(call("GET", "/v2/tasks", "k", null).status()).isEqualTo(502);
    assertThat(call("GET", "/v2/tasks", "k", null).isConnectionReset()).isTrue();
    assertThat(call("GET", "/v2/tasks", "k", null).status()).isEqualTo(200);
    assertThat(slept).containsExactly(40L);
    assertThat(journal.latest(3)).extracting(RequestJournal.Entry::status).containsExactly(200, 0, 502);
  }

  @Test
  void routeLookupComesBeforeTheAuthCheck() {
    ApiResponse unknown = call("GET", "/v2/nothing", null, null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(json(unknown).at("/status/code").asInt()).isEqualTo(11101);
    ApiResponse wrongMethod = call("PUT", "/v2/tasks/t1/assignments", null, "{}");
    assertThat(wrongMethod.status()).isEqualTo(400);
    assertThat(json(wrongMethod).at("/status/code").asInt()).isEqualTo(11103);
    assertThat(call("GET", "/v2/tasks/", "k", null).status()).isEqualTo(200); // trailing slash
    assertThat(json(call("GET", "/v2/users/me/apps/a%20b/tasks/x", "k", null)).at("/status/details").asText())
        .isEqualTo("task 'x' not found in app mock-user/a b"); // segments are percent-decoded
  }

  @Test
  void statusOverridesReplaceTheMapping() {
    engine.configure(engine.config().toBuilder().httpStatusOverride(54102, 410).build());
    assertThat(call("GET", "/v2/tasks/nope", "k", null).status()).isEqualTo(410);
  }

  @Test
  void anIdSeedMakesIdsAndRequestIdsRepeatAfterAReset() {
    engine = new ClarifaiEngine(ClarifaiConfig.builder().idSeed(42L).build(), clock);
    api = new ClarifaiHttpApi(engine, faults, journal);
    JsonNode first = json(call("POST", "/v2/tasks", "k", "{\"tasks\":[{}]}"));
    engine.reset(true);
    JsonNode again = json(call("POST", "/v2/tasks", "k", "{\"tasks\":[{}]}"));
    assertThat(again.at("/tasks/0/id")).isEqualTo(first.at("/tasks/0/id"));
    assertThat(again.at("/status/req_id")).isEqualTo(first.at("/status/req_id"));
    assertThat(first.at("/tasks/0/id").asText()).matches("[0-9a-f]{32}");
  }

  @Test
  void theJournalKeepsBodiesButNeverTheKey() {
    call("POST", "/v2/tasks?x=1", "secret-token", "{\"tasks\":[{}]}");
    RequestJournal.Entry e = journal.latest(1).get(0);
    assertThat(e.body()).isEqualTo("{\"tasks\":[{}]}");
    assertThat(e.query()).isEqualTo("x=1");
    assertThat(e.headers().get("authorization")).isEqualTo("[redacted]");
  }
}
