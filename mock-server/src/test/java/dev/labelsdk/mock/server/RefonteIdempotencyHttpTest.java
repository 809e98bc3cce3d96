package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.refonte.RateLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code Idempotency-Key} (spec §5.2), the rate limit (§7) and injected faults (§8.4). */
class RefonteIdempotencyHttpTest {

  // A clock that moves only when a test moves it: at 2 tokens a second, a slow machine would
  // otherwise refill the bucket between a test's requests.
  @RegisterExtension static LabelMockExtension mock = LabelMockExtension.configured(b -> b.clock(
      new dev.labelsdk.mock.common.MockClock(java.time.InstantSource.fixed(java.time.Instant.parse("2026-01-01T00:00:00Z")))));

  private static final String BODY = "{\"attachment\":\"http://x/a.png\",\"instruction\":\"Box cars\"}";
  private Http live;

  @BeforeEach
  void client() {
    live = new Http(mock.refonteBaseUrl(), "live_idem");
  }

  private int taskCount(Http who) {
    return who.get("/tasks?limit=1").json().get("total").asInt();
  }

  @Test
  void aRepeatedRequestReplaysTheSavedResponseByteForByte() {
    Http keyed = live.header("Idempotency-Key", "7f6c2a1e-0000-4000-8000-000000000001");
    Http.Response first = keyed.post("/task/imageannotation", BODY);
    Http.Response second = keyed.post("/task/imageannotation", BODY);

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(second.raw().body()).isEqualTo(first.raw().body());
    assertThat(taskCount(live)).isEqualTo(1);
  }

  @Test
  void theFingerprintIgnoresKeyOrderWhitespaceNumberFormAndTypeCase() {
    Http keyed = live.header("Idempotency-Key", "fp");
    keyed.post("/task/imageannotation", "{\"attachment\":\"http://x/a.png\",\"priority\":1}");
    Http.Response same = keyed.post("/task/ImageAnnotation", "{ \"priority\" : 1.0, \"attachment\":\"http://x/a.png\" }");
    assertThat(same.header("Idempotent-Replayed")).isEqualTo("true");
  }

  @Test
  void sameKeyWithOtherParametersOrAnotherTenantIs409() {
    Http keyed = live.header("Idempotency-Key", "k-409");
    keyed.post("/task/imageannotation", BODY);

    Http.Response other = keyed.post("/task/imageannotation", BODY.replace("cars", "trucks"));
    Http.Response otherType = keyed.post("/task/lineannotation", BODY);
    Http.Response otherTenant = keyed.as("live_someone_else").post("/task/imageannotation", BODY);

    for (Http.Response r : List.of(other, otherType, otherTenant)) {
      assertThat(r.status()).isEqualTo(409);
      assertThat(r.error()).isEqualTo("The provided idempotency key is already in use for a different request.");
    }
    assertThat(taskCount(live)).isEqualTo(1);
    assertThat(taskCount(live.as("live_someone_else"))).isZero();
  }

  @Test
  void errorOutcomesAreSavedAndReplayedToo() {
    Http keyed = live.header("Idempotency-Key", "k-400");
    Http.Response first = keyed.post("/task/imageannotation", "{\"instruction\":\"no attachment\"}");
    Http.Response replay = keyed.post("/task/imageannotation", "{\"instruction\":\"no attachment\"}");

    assertThat(first.status()).isEqualTo(400);
    assertThat(replay.status()).isEqualTo(400);
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replay.text()).isEqualTo(first.text());
  }

  @Test
  void aReplayIsNotTurnedIntoAUniqueIdConflict() {
    Http keyed = live.header("Idempotency-Key", "k-uid");
    String body = BODY.replace("{", "{\"unique_id\":\"scene-1\",");
    String id = keyed.post("/task/imageannotation", body).json().get("task_id").asText();
    Http.Response retry = keyed.post("/task/imageannotation", body);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.json().get("task_id").asText()).isEqualTo(id);
    assertThat(live.post("/task/imageannotation", body).status()).isEqualTo(409); // without the key
  }

  @Test
  void keysExpireAfter24HoursOnTheMockClock() {
    Http keyed = live.header("Idempotency-Key", "k-exp");
    keyed.post("/task/imageannotation", BODY);
    mock.server().advanceClock(Duration.ofHours(23));
    assertThat(keyed.post("/task/imageannotation", BODY.replace("cars", "vans")).status()).isEqualTo(409);
    mock.server().advanceClock(Duration.ofHours(1));

    Http.Response fresh = keyed.post("/task/imageannotation", BODY.replace("cars", "vans"));

    assertThat(fresh.status()).isEqualTo(200);
    assertThat(fresh.header("Idempotent-Replayed")).isNull();
    assertThat(taskCount(live)).isEqualTo(2);
  }

  @Test
  void aMalformedKeyIs400AndAnEmptyOneCountsAsAbsent() {
    assertThat(live.header("Idempotency-Key", "x".repeat(256)).post("/task/imageannotation", BODY).status())
        .isEqualTo(400);
    assertThat(live.header("Idempotency-Key", "").post("/task/imageannotation", BODY).status()).isEqualTo(200);
    assertThat(live.header("Idempotency-Key", "").post("/task/imageannotation", BODY).status()).isEqualTo(200);
    assertThat(taskCount(live)).isEqualTo(2);
  }

  @Test
  void theKeyIsIgnoredOutsideTaskCreation() {
    String id = live.post("/task/imageannotation", BODY).json().get("task_id").asText();
    Http keyed = live.header("Idempotency-Key", "same");
    assertThat(keyed.post("/task/" + id + "/setMetadata", "{\"a\":1}").status()).isEqualTo(200);
    assertThat(keyed.post("/task/" + id + "/setMetadata", "{\"a\":2}").status()).isEqualTo(200);
  }

  @Test
  void thirtyTwoConcurrentCreatesWithOneKeyMakeExactlyOneTask() throws Exception {
    mock.refonte().setRateLimit(RateLimit.UNLIMITED);
    Http keyed = live.header("Idempotency-Key", "race");
    ExecutorService pool = Executors.newFixedThreadPool(32);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Http.Response>> answers = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      answers.add(pool.submit(() -> {
        start.await();
        return keyed.post("/task/imageannotation", BODY);
      }));
    }
    start.countDown();
    List<String> ids = new ArrayList<>();
    for (Future<Http.Response> f : answers) {
      Http.Response r = f.get();
      assertThat(r.status()).isIn(200, 429);
      if (r.status() == 200) {
        ids.add(r.json().get("task_id").asText());
      } else {
        assertThat(r.header("Retry-After")).isEqualTo("1");
      }
    }
    pool.shutdown();

    assertThat(taskCount(live)).isEqualTo(1);
    assertThat(ids).isNotEmpty();
    assertThat(ids.stream().distinct()).hasSize(1);
  }

  @Test
  void theRateLimitAnswers429WithRetryAfterAndRefillsOnTheMockClock() {
    mock.refonte().setRateLimit(new RateLimit(2, 3));
    for (int i = 0; i < 3; i++) {
      assertThat(live.post("/task/imageannotation", BODY).status()).isEqualTo(200);
    }
    Http.Response limited = live.post("/task/imageannotation", BODY);
    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.header("Retry-After")).isEqualTo("1");
    assertThat(limited.error()).isEqualTo("Too many requests: task creation is limited to 2 requests per second.");
    // Rejected creates are free, other tenants have their own bucket, other routes are not limited.
    assertThat(live.post("/task/imageannotation", "{}").status()).isEqualTo(400);
    assertThat(live.as("live_neighbour").post("/task/imageannotation", BODY).status()).isEqualTo(200);
    assertThat(live.get("/tasks").status()).isEqualTo(200);

    mock.server().advanceClock(Duration.ofMillis(500));
    assertThat(live.post("/task/imageannotation", BODY).status()).isEqualTo(200);
    assertThat(taskCount(live)).isEqualTo(4);
  }

  @Test
  void aRateLimited429IsNotSavedSoTheRetrySucceeds() {
    mock.refonte().setRateLimit(new RateLimit(1, 1));
    live.post("/task/imageannotation", BODY);
    Http keyed = live.header("Idempotency-Key", "after-429");
    assertThat(keyed.post("/task/imageannotation", BODY).status()).isEqualTo(429);
    mock.server().advanceClock(Duration.ofSeconds(1));
    Http.Response retry = keyed.post("/task/imageannotation", BODY);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.header("Idempotent-Replayed")).isNull();
  }

  @Test
  void commitThenFailStoresTheTaskAndTheRetryReplaysIt() {
    mock.refonte().addFault(Fault.status(500).on("POST", "/v1/task/").afterProcessing());
    Http keyed = live.header("Idempotency-Key", "cf-1");

    Http.Response failed = keyed.post("/task/imageannotation", BODY);
    Http.Response retry = keyed.post("/task/imageannotation", BODY);

    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.json().get("status_code").asInt()).isEqualTo(500);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(taskCount(live)).isEqualTo(1);
  }

  @Test
  void commitThenFailWithAUniqueIdGivesTheRetryA409NamingTheStoredTask() {
    mock.refonte().addFault(Fault.status(503).afterProcessing());
    String body = BODY.replace("{", "{\"unique_id\":\"img-77\",");
    assertThat(live.post("/task/imageannotation", body).status()).isEqualTo(503);

    Http.Response retry = live.post("/task/imageannotation", body);
    String stored = live.get("/tasks?unique_id=img-77").json().get("docs").get(0).get("task_id").asText();

    assertThat(retry.status()).isEqualTo(409);
    assertThat(retry.error()).contains("(" + stored + ")");
  }

  @Test
  void faultsBeforeProcessingChangeNothingAndAreConsumedInOrder() {
    mock.refonte().addFault(Fault.status(503).times(2).retryAfter(7).on("POST", "/v1/task/"));
    mock.refonte().addFault(Fault.reset().on("GET", "/v1/tasks"));

    Http.Response a = live.post("/task/imageannotation", BODY);
    Http.Response b = live.as(null).post("/task/imageannotation", BODY); // auth not even checked
    assertThat(a.status()).isEqualTo(503);
    assertThat(a.header("Retry-After")).isEqualTo("7");
    assertThat(b.status()).isEqualTo(503);
    assertThat(live.post("/task/imageannotation", BODY).status()).isEqualTo(200);
    // On a fresh connection: on a kept-alive one, HTTP clients take a reset before any byte
    // for a stale connection and silently retry the request.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RawHttp.send(mock.server().port(),
            "GET /v1/tasks HTTP/1.1", "Authorization: " + Http.basic("live_idem") + "\r\n", null))
        .hasRootCauseInstanceOf(java.io.IOException.class);
    assertThat(taskCount(live)).isEqualTo(1);
  }
}
