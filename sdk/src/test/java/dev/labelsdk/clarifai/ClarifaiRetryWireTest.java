package dev.labelsdk.clarifai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.clarifai.model.Annotation;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.RequestOptions;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures are retried for which calls, and how long the client waits (spec §12). */
class ClarifaiRetryWireTest extends ClarifaiWireTestBase {

  void enqueueDisconnect() {
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
  }

  void enqueueTasks() {
    enqueueOk("\"tasks\":[" + task(TASK_ID) + "]");
  }

  static Task newTask() {
    return Task.builder().name("t").concepts("water").build();
  }

  @Test
  void backsOffFromHalfASecondDoublingAndCountsRetriesInAHeader() throws Exception {
    for (int i = 0; i < 3; i++) {
      enqueue(500, error(98004, "Internal server issue", "boom"));
    }
    enqueueTask(TASK_ID);
    assertThat(client.tasks().get(TASK_ID).id()).isEqualTo(TASK_ID);
    // Jitter 0 gives the lower bound: half of 0.5 s, 1 s, 2 s.
    assertThat(sleeper.sleeps()).containsExactly(
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000));
    assertThat(take().getHeaders().get("X-Retry-Count")).isNull();
    assertThat(take().getHeaders().get("X-Retry-Count")).isEqualTo("1");
    assertThat(take().getHeaders().get("X-Retry-Count")).isEqualTo("2");
    assertThat(take().getHeaders().get("X-Retry-Count")).isEqualTo("3");
  }

  @Test
  void theBackoffIsCappedAtEightSecondsWithFullJitter() {
    try (ClarifaiClient c = builder().maxRetries(6).jitter(() -> 0.999999).build()) {
      for (int i = 0; i < 6; i++) {
        enqueue(503, error(10030, "Try the request again", ""));
      }
      enqueueTask(TASK_ID);
      c.tasks().get(TASK_ID);
    }
    assertThat(sleeper.sleeps()).extracting(d -> Math.round(d.toMillis() / 10.0) * 10)
        .containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 8000L);
  }

  @Test
  void retryAfterReplacesTheBackoffInSecondsOrAsADate() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2")
        .body(error(11005, "Making too many requests", "exceeded limit of 15 requests per second"))
        .build());
    server.enqueue(new MockResponse.Builder().code(429)
        .addHeader("Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME
            .format(CLOCK.instant().plusSeconds(5).atZone(CLOCK.getZone())))
        .body(error(11003, "Hourly request limit exceeded", "")).build());
    enqueueTask(TASK_ID);
    client.tasks().get(TASK_ID);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  @Test
  void givesUpAfterMaxRetriesWithTheLastFailure() {
    for (int i = 0; i < 4; i++) {
      enqueue(429, error(11005, "Making too many requests", "attempt " + i));
    }
    assertThatThrownBy(() -> client.tasks().get(TASK_ID))
        .isInstanceOf(RateLimitException.class).hasMessageContaining("attempt 3");
    assertThat(server.getRequestCount()).isEqualTo(1 + ClarifaiClient.DEFAULT_MAX_RETRIES);
  }

  @Test
  void aMonthlyLimitIsNotRetried() {
    enqueue(429, error(11004, "Monthly request limit exceeded", ""));
    assertThatThrownBy(() -> client.tasks().get(TASK_ID)).isInstanceOf(RateLimitException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404})
  void clientErrorsAreNotRetried(int http) {
    enqueue(http, error(http == 404 ? 54102 : http == 401 ? 11008 : http == 403 ? 54103 : 11102,
        "no", "no"));
    assertThatThrownBy(() -> client.tasks().get(TASK_ID)).isInstanceOf(ApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void connectionFailuresAreRetriedForIdempotentCalls() {
    enqueueDisconnect();
    enqueueTask(TASK_ID);
    assertThat(client.tasks().get(TASK_ID).id()).isEqualTo(TASK_ID);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void connectionFailuresBecomeConnectionExceptions() {
    for (int i = 0; i < 4; i++) {
      enqueueDisconnect();
    }
    assertThatThrownBy(() -> client.tasks().get(TASK_ID))
        .isInstanceOfSatisfying(ConnectionException.class, e -> {
          assertThat(e).hasCauseInstanceOf(java.io.IOException.class);
          assertThat(e.httpStatus()).isZero();
          assertThat(e.code()).isZero();
        })
        .hasMessageContaining("GET " + server.url(APP_PATH + "/tasks/" + TASK_ID));
  }

  @Test
  void aCreateWithoutClientIdsIsRetriedOnlyWhenNothingCanHaveHappened() {
    // A throttled or TRY_AGAIN answer proves the request had no effect: retried.
    enqueue(429, error(11005, "Making too many requests", ""));
    enqueue(503, error(10030, "Try the request again", ""));
    enqueueTasks();
    client.tasks().create(newTask());
    assertThat(server.getRequestCount()).isEqualTo(3);

    // A gateway error or a lost connection may hide a created task: not retried.
    enqueue(503, "<html>Service Unavailable</html>");
    assertThatThrownBy(() -> client.tasks().create(newTask())).isInstanceOf(ServerException.class);
    enqueueDisconnect();
    assertThatThrownBy(() -> client.tasks().create(newTask()))
        .isInstanceOf(ConnectionException.class);
    enqueue(500, error(98004, "Internal server issue", ""));
    assertThatThrownBy(() -> client.tasks().create(newTask())).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(6);
  }

  @Test
  void aCreateWhoseObjectsAllHaveClientIdsIsRetriedLikeAnIdempotentCall() {
    enqueue(500, error(98004, "Internal server issue", ""));
    enqueueDisconnect();
    enqueueTasks();
    client.tasks().create(Task.builder().id("my-task").concepts("water").build());
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aRetriedCreateThatFindsItsIdsTakenReturnsWhatTheLostAttemptCreated() throws Exception {
    enqueue(500, error(98004, "Internal server issue", "failed after commit"));
    enqueue(400, error(40010, "Object has a duplicate ID", "task id 'my-task' already exists"));
    enqueueOk("\"tasks\":[" + task("my-task") + "]");
    Task created = client.tasks().create(Task.builder().id("my-task").concepts("water").build());
    assertThat(created.id()).isEqualTo("my-task");
    take();
    take();
    assertThat(take().getUrl().encodedQuery())
        .isEqualTo("per_page=1&ids=my-task&including_label_order_tasks=true");
  }

  @Test
  void aDuplicateIdWithoutALostAnswerIsAConflict() {
    enqueue(400, error(40010, "Object has a duplicate ID", "task id 'my-task' already exists"));
    assertThatThrownBy(() -> client.tasks().create(Task.builder().id("my-task").build()))
        .isInstanceOf(ConflictException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRetriedDeleteThatFindsTheTaskGoneSucceeds() {
    enqueueDisconnect();
    enqueue(404, error(54102, "Task not found", "task 't1' not found"));
    client.tasks().delete("t1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void otherServerErrorsAreRetriedOnlyForIdempotentCalls() {
    Annotation change = Annotation.builder().id("an1").inputId("in1").conceptIds("water").build();
    enqueue(500, error(98004, "Internal server issue", ""));
    assertThatThrownBy(() -> client.annotations().merge(List.of(change)))
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);

    enqueue(502, error(98004, "Internal server issue", "bad gateway"));
    enqueueOk("\"annotations\":[]");
    client.annotations().merge(List.of(change));
    assertThat(server.getRequestCount()).isEqualTo(3);

    enqueue(500, error(98004, "Internal server issue", ""));
    enqueueOk("\"annotations\":[]");
    client.annotations().overwrite(List.of(change));
    assertThat(server.getRequestCount()).isEqualTo(5);
  }

  @Test
  void optionsChangeRetriesTimeoutAndHeadersPerCall() throws Exception {
    ClarifaiClient once = client.withOptions(RequestOptions.builder().maxRetries(0)
        .header("X-Trace", "abc").build());
    enqueue(500, error(98004, "Internal server issue", ""));
    assertThatThrownBy(() -> once.tasks().get(TASK_ID)).isInstanceOf(ServerException.class);
    assertThat(take().getHeaders().get("X-Trace")).isEqualTo("abc");

    server.enqueue(new MockResponse.Builder().code(200).body(ok("\"task\":" + task(TASK_ID)))
        .headersDelay(5, TimeUnit.SECONDS).build());
    long start = System.nanoTime();
    assertThatThrownBy(() -> client.withOptions(RequestOptions.builder()
        .timeout(Duration.ofMillis(200)).maxRetries(0).build()).tasks().get(TASK_ID))
        .isInstanceOf(ConnectionException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));

    assertThatThrownBy(() -> client.withOptions(RequestOptions.builder()
        .idempotencyKey("k1").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no idempotency keys");
  }
}
