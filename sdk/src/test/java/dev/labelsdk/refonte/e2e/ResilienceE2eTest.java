package dev.labelsdk.refonte.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.Sleeper;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.refonte.ConflictException;
import dev.labelsdk.refonte.RateLimitException;
import dev.labelsdk.refonte.RecordingSleeper;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Retries, idempotency and rate limits against the mock, with its default rate limit of 30
 * creates per second (burst 30).
 */
class ResilienceE2eTest {

  @RegisterExtension
  // The API-like limits (in-process servers start without them): the 429 tests need them.
  static final LabelMockExtension MOCK =
      LabelMockExtension.configured(dev.labelsdk.mock.server.LabelMockServer.Builder::apiRateLimits);

  final RecordingSleeper sleeper = new RecordingSleeper();
  final RefonteClient client = E2eSupport.client(MOCK, "live_resilience", sleeper);

  @AfterEach
  void close() {
    client.close();
  }

  static CreateTaskRequest request(String instruction) {
    return CreateTaskRequest.builder(TaskType.TEXT_COLLECTION).instruction(instruction).build();
  }

  long taskCount() {
    return client.tasks().list(TaskListRequest.builder().limit(1).build()).total();
  }

  @Test
  void theSameIdempotencyKeyReplaysTheFirstAnswer() {
    RequestOptions key = RequestOptions.builder().idempotencyKey("import-row-17").build();
    Task first = client.tasks().create(request("label row 17"), key);
    Task again = client.tasks().create(request("label row 17"), key);
    assertThat(again.taskId()).isEqualTo(first.taskId());
    assertThat(taskCount()).isEqualTo(1);

    assertThatThrownBy(() -> client.tasks().create(request("something else"), key))
        .isExactlyInstanceOf(ConflictException.class)
        .hasMessageContaining("idempotency key");
  }

  @Test
  void retriesOfOneCreateReuseItsKeyAndCreateOneTask() {
    MOCK.refonte().addFault(Fault.status(503).times(2).on("POST", "/v1/task/"));
    Task task = client.tasks().create(request("retry me"));

    List<RequestJournal.Entry> posts =
        E2eSupport.requests(MOCK, "POST", "/v1/task/textcollection");
    assertThat(posts).extracting(RequestJournal.Entry::status).containsExactly(503, 503, 200);
    String key = E2eSupport.header(posts.get(0), "Idempotency-Key");
    assertThat(key).isNotBlank();
    assertThat(posts).allSatisfy(p -> assertThat(E2eSupport.header(p, "Idempotency-Key"))
        .isEqualTo(key));
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(client.tasks().get(task.taskId()).taskId()).isEqualTo(task.taskId());
    assertThat(taskCount()).isEqualTo(1);

    client.tasks().create(request("retry me"));
    String nextKey = E2eSupport.header(
        E2eSupport.requests(MOCK, "POST", "/v1/task/textcollection").get(3), "Idempotency-Key");
    assertThat(nextKey).isNotEqualTo(key);
  }

  @Test
  void aCommittedCreateWhoseAnswerWasLostIsNotCreatedTwice() {
    MOCK.refonte().addFault(Fault.status(500).afterProcessing().on("POST", "/v1/task/"));
    CreateTaskRequest withUid = CreateTaskRequest.builder(TaskType.TEXT_COLLECTION)
        .instruction("once").uniqueId("once-1").build();

    Task task = client.tasks().create(withUid);

    assertThat(task.uniqueId()).contains("once-1");
    assertThat(taskCount()).isEqualTo(1);
    assertThat(E2eSupport.requests(MOCK, "POST", "/v1/task/textcollection"))
        .extracting(RequestJournal.Entry::status).containsExactly(500, 200);
    assertThat(client.tasks().list(TaskListRequest.builder().uniqueIds("once-1").build()).docs())
        .singleElement().extracting(Task::taskId).isEqualTo(task.taskId());
  }

  @Test
  void aRetryWhoseKeyExpiredIsRecoveredThroughTheUniqueId() {
    // The retry comes after the idempotency record expired (24 h on the mock clock), so the
    // server processes it afresh and answers 409 for the unique_id the first attempt took.
    Sleeper dayLongWait = d -> MOCK.server().advanceClock(Duration.ofHours(25));
    MOCK.refonte().addFault(Fault.status(500).afterProcessing().on("POST", "/v1/task/"));
    CreateTaskRequest withUid = CreateTaskRequest.builder(TaskType.TEXT_COLLECTION)
        .instruction("once").uniqueId("uid-2").build();
    try (RefonteClient c = RefonteClient.builder().apiKey("live_resilience")
        .baseUrl(MOCK.refonteBaseUrl()).sleeper(dayLongWait).build()) {
      Task task = c.tasks().create(withUid);
      assertThat(task.uniqueId()).contains("uid-2");
    }
    assertThat(E2eSupport.requests(MOCK, "POST", "/v1/task/textcollection"))
        .extracting(RequestJournal.Entry::status).containsExactly(500, 409);
    assertThat(E2eSupport.requests(MOCK, "GET", "/v1/tasks"))
        .first().satisfies(get -> assertThat(get.query()).isEqualTo("unique_id=uid-2"));
    assertThat(taskCount()).isEqualTo(1);
  }

  @Test
  void concurrentCreatesWithOneKeyMakeOneTask() throws Exception {
    // While the first is in flight the second may get 429 (retried) or the replayed answer.
    // The fake sleeper does not wait, so allow enough instant retries to outlast the window.
    RequestOptions key = RequestOptions.builder().idempotencyKey("parallel-1").maxRetries(50)
        .build();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Task>> results = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return client.tasks().create(request("parallel"), key);
        }));
      }
      start.countDown();
      Set<String> ids = new HashSet<>();
      for (Future<Task> f : results) {
        ids.add(f.get(30, TimeUnit.SECONDS).taskId());
      }
      assertThat(ids).hasSize(1);
      assertThat(taskCount()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aConnectionResetIsRetried() {
    MOCK.refonte().addFault(Fault.reset().on("POST", "/v1/task/"));
    MOCK.refonte().addFault(Fault.reset().on("GET", "/v1/task/"));
    Task task = client.tasks().create(request("reset"));
    assertThat(client.tasks().get(task.taskId()).taskId()).isEqualTo(task.taskId());
    assertThat(sleeper.sleeps()).hasSize(2);
    assertThat(taskCount()).isEqualTo(1);
  }

  @Test
  void rateLimitedCreatesWaitForRetryAfterThenSucceed() {
    // The fake sleeper advances the mock clock, so the token bucket refills without waiting.
    List<Duration> waits = new CopyOnWriteArrayList<>();
    Sleeper advancingClock = d -> {
      waits.add(d);
      MOCK.server().advanceClock(d);
    };
    try (RefonteClient c = RefonteClient.builder().apiKey("live_ratelimit")
        .baseUrl(MOCK.refonteBaseUrl()).sleeper(advancingClock).jitter(() -> 0.0).build()) {
      int created = 0;
      while (waits.isEmpty() && created < 500) {
        c.tasks().create(request("burst " + created));
        created++;
      }
      assertThat(waits).as("a 429 was met and waited out").isNotEmpty();
      assertThat(waits.get(0)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
      List<RequestJournal.Entry> posts =
          E2eSupport.requests(MOCK, "POST", "/v1/task/textcollection");
      RequestJournal.Entry limited = posts.stream().filter(p -> p.status() == 429).findFirst()
          .orElseThrow();
      RequestJournal.Entry retried = posts.get(posts.indexOf(limited) + 1);
      assertThat(retried.status()).isEqualTo(200);
      assertThat(E2eSupport.header(retried, "Idempotency-Key"))
          .isEqualTo(E2eSupport.header(limited, "Idempotency-Key"));
      assertThat(posts.stream().filter(p -> p.status() == 200).count()).isEqualTo(created);
    }
  }

  @Test
  void withoutRetriesTheRateLimitSurfacesWithRetryAfter() {
    try (RefonteClient c = RefonteClient.builder().apiKey("live_ratelimit2")
        .baseUrl(MOCK.refonteBaseUrl()).maxRetries(0).build()) {
      RateLimitException limited = null;
      for (int i = 0; i < 500 && limited == null; i++) {
        try {
          c.tasks().create(request("burst " + i));
        } catch (RateLimitException e) {
          limited = e;
        }
      }
      assertThat(limited).as("the 30/s limit was reached").isNotNull();
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.retryAfter()).hasValueSatisfying(
          d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
      assertThat(limited.errorMessage()).contains("30 requests per second");
    }
  }
}
