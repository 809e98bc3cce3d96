package dev.labelsdk.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.RequestOptions;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures are retried, and how long the client waits (through the fake sleeper). */
class RetryWireTest extends WireTestBase {

  void enqueueDisconnect() {
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
  }

  @Test
  void backsOffExponentiallyFromHalfASecond() {
    for (int i = 0; i < 3; i++) {
      enqueue(503, error(503, "busy"));
    }
    enqueueTask(TASK_ID, "pending");
    assertThat(client.tasks().get(TASK_ID).taskId()).isEqualTo(TASK_ID);
    assertThat(server.getRequestCount()).isEqualTo(4);
    // Jitter 0 gives the lower bound: half of 0.5 s, 1 s, 2 s.
    assertThat(sleeper.sleeps()).containsExactly(
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000));
  }

  @Test
  void jitterScalesTheBackoffUpToItsFullValue() {
    try (RefonteClient c = builder().jitter(() -> 0.5).build()) {
      enqueue(500, error(500, "oops"));
      enqueue(500, error(500, "oops"));
      enqueueTask(TASK_ID, "pending");
      c.tasks().get(TASK_ID);
    }
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(375), Duration.ofMillis(750));
  }

  @Test
  void givesUpAfterMaxRetriesWithTheLastError() {
    for (int i = 0; i < 4; i++) {
      enqueue(502, error(502, "bad gateway " + i));
    }
    assertThatThrownBy(() -> client.tasks().get(TASK_ID))
        .isInstanceOf(ServerException.class)
        .hasMessageContaining("bad gateway 3");
    assertThat(server.getRequestCount()).isEqualTo(1 + RefonteClient.DEFAULT_MAX_RETRIES);
    assertThat(sleeper.sleeps()).hasSize(3);
  }

  @Test
  void maxRetriesCanBeChangedPerClientAndPerCall() {
    try (RefonteClient noRetries = builder().maxRetries(0).build()) {
      enqueue(503, error(503, "busy"));
      assertThatThrownBy(() -> noRetries.tasks().get(TASK_ID)).isInstanceOf(ServerException.class);
      assertThat(server.getRequestCount()).isEqualTo(1);
      enqueue(503, error(503, "busy"));
      enqueueTask(TASK_ID, "pending");
      noRetries.tasks().get(TASK_ID, RequestOptions.builder().maxRetries(1).build());
      assertThat(server.getRequestCount()).isEqualTo(3);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504, 599})
  void retriesTransientStatuses(int status) {
    enqueue(status, error(status, "transient"));
    enqueueTask(TASK_ID, "pending");
    client.tasks().get(TASK_ID);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 402, 404, 409, 418})
  void neverRetriesClientErrors(int status) {
    enqueue(status, error(status, "no"));
    enqueueTask(TASK_ID, "pending");
    assertThatThrownBy(() -> client.tasks().get(TASK_ID)).isInstanceOf(ApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void retriesConnectionFailures() {
    enqueueDisconnect();
    enqueueTask(TASK_ID, "pending");
    assertThat(client.tasks().get(TASK_ID).taskId()).isEqualTo(TASK_ID);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void connectionFailuresBecomeConnectionExceptionWithTheCause() {
    for (int i = 0; i < 4; i++) {
      enqueueDisconnect();
    }
    assertThatThrownBy(() -> client.tasks().get(TASK_ID))
        .isInstanceOf(ConnectionException.class)
        .hasCauseInstanceOf(java.io.IOException.class)
        .hasMessageContaining("GET /v1/task/" + TASK_ID)
        .satisfies(e -> assertThat(((ConnectionException) e).statusCode()).isZero());
  }

  @Test
  void aPerCallTimeoutEndsTheAttemptAsAConnectionException() {
    server.enqueue(new MockResponse.Builder().code(200).body(task(TASK_ID, "pending"))
        .headersDelay(5, TimeUnit.SECONDS).build());
    long start = System.nanoTime();
    assertThatThrownBy(() -> client.tasks().get(TASK_ID, RequestOptions.builder()
        .timeout(Duration.ofMillis(200)).maxRetries(0).build()))
        .isInstanceOf(ConnectionException.class)
        .hasCauseInstanceOf(java.io.InterruptedIOException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void retryAfterSecondsReplacesTheBackoff() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3")
        .body(error(429, "Too many requests")).build());
    enqueueTask(TASK_ID, "pending");
    client.tasks().get(TASK_ID);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void retryAfterHttpDateIsMeasuredFromTheClock() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME
        .format(CLOCK.instant().plusSeconds(12).atZone(java.time.ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", date)
        .body(error(503, "maintenance")).build());
    enqueueTask(TASK_ID, "pending");
    client.tasks().get(TASK_ID);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void retryAfterIsCappedAtSixtySeconds() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600")
        .body(error(429, "later")).build());
    enqueueTask(TASK_ID, "pending");
    client.tasks().get(TASK_ID);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(60));
  }

  @Test
  void rateLimitExceptionCarriesRetryAfterOnceRetriesAreUsedUp() {
    try (RefonteClient c = builder().maxRetries(0).build()) {
      server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2")
          .body(error(429, "Too many requests")).build());
      assertThatThrownBy(() -> c.tasks().get(TASK_ID))
          .isInstanceOfSatisfying(RateLimitException.class, e -> {
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
            assertThat(e.getMessage()).contains("Retry after 2 s");
          });
    }
  }

  @Test
  void auditIsNeverRetried() {
    enqueue(503, error(503, "busy"));
    enqueueTask(TASK_ID, "completed");
    assertThatThrownBy(() -> client.tasks().audit(TASK_ID, true, null))
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void idempotentActionsAreRetried() throws Exception {
    enqueue(500, error(500, "x"));
    enqueueTask(TASK_ID, "canceled");
    enqueue(500, error(500, "x"));
    enqueueTask(TASK_ID, "pending");
    client.tasks().cancel(TASK_ID);
    client.tasks().setTags(TASK_ID, java.util.List.of("a"));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }
}
