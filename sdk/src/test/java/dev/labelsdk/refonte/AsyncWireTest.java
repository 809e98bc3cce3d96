package dev.labelsdk.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.core.PageCollector;
import dev.labelsdk.core.RecordingScheduler;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskPage;
import dev.labelsdk.refonte.model.TaskType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/**
 * The async client on the wire: the same retries, waits, idempotency key and recovery as the
 * sync one, with each wait a task on the scheduler (no thread parked).
 */
class AsyncWireTest extends WireTestBase {

  final RecordingScheduler scheduler = RecordingScheduler.immediate();

  RefonteClient asyncClient(RecordingScheduler s) {
    return builder().scheduler(s).build();
  }

  void enqueueDisconnect() {
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
  }

  @Test
  void retriesWithTheSameBackoffAsTheSyncClientOnTheScheduler() throws Exception {
    try (RefonteClient c = asyncClient(scheduler)) {
      for (int i = 0; i < 3; i++) {
        enqueue(503, error(503, "busy"));
      }
      enqueueTask(TASK_ID, "pending");
      assertThat(await(c.async().tasks().get(TASK_ID)).taskId()).isEqualTo(TASK_ID);
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(scheduler.delays()).containsExactly(
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000));
    assertThat(sleeper.sleeps()).as("the blocking sleeper is never used").isEmpty();
  }

  @Test
  void aWaitingRetryHoldsNoThreadUntilTheSchedulerRunsIt() throws Exception {
    RecordingScheduler held = RecordingScheduler.holding();
    try (RefonteClient c = asyncClient(held)) {
      enqueue(503, error(503, "busy"));
      enqueueTask(TASK_ID, "pending");
      CompletableFuture<Task> task = c.async().tasks().get(TASK_ID);
      take();
      // The failed attempt left one scheduled retry and nothing else: the future waits.
      for (int i = 0; i < 100 && held.pendingCount() == 0; i++) {
        Thread.onSpinWait();
        TimeUnit.MILLISECONDS.sleep(10);
      }
      assertThat(held.pendingCount()).isEqualTo(1);
      assertThat(task).isNotDone();
      assertThat(server.getRequestCount()).isEqualTo(1);
      held.runPending();
      assertThat(await(task).taskId()).isEqualTo(TASK_ID);
      assertThat(held.delays()).containsExactly(Duration.ofMillis(250));
    }
  }

  @Test
  void honoursRetryAfterLikeTheSyncClient() throws Exception {
    try (RefonteClient c = asyncClient(scheduler)) {
      server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3")
          .addHeader("Content-Type", "application/json").body(error(429, "slow down")).build());
      enqueueTask(TASK_ID, "pending");
      await(c.async().tasks().get(TASK_ID));
    }
    assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void everyAttemptOfACreateCarriesTheSameIdempotencyKey() throws Exception {
    try (RefonteClient c = asyncClient(scheduler)) {
      enqueue(502, error(502, "bad gateway"));
      enqueueDisconnect();
      enqueueTask(TASK_ID, "pending");
      Task task = await(c.async().tasks().create(CreateTaskRequest
          .builder(TaskType.TEXT_COLLECTION).instruction("x").build()));
      assertThat(task.taskId()).isEqualTo(TASK_ID);
    }
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      RecordedRequest r = take();
      assertThat(r.getMethod()).isEqualTo("POST");
      keys.add(r.getHeaders().get("Idempotency-Key"));
    }
    assertThat(keys.get(0)).isNotBlank();
    assertThat(keys).containsOnly(keys.get(0));
  }

  @Test
  void aGivenKeyIsSentAsIs() throws Exception {
    try (RefonteClient c = asyncClient(scheduler)) {
      enqueueTask(TASK_ID, "pending");
      await(c.async().tasks().create(CreateTaskRequest.builder(TaskType.TEXT_COLLECTION)
          .instruction("x").build(), RequestOptions.builder().idempotencyKey("row-9").build()));
    }
    assertThat(take().getHeaders().get("Idempotency-Key")).isEqualTo("row-9");
  }

  @Test
  void failsWithTheSameExceptionAsTheSyncClientAndDoesNotRetryA400() {
    try (RefonteClient c = asyncClient(scheduler)) {
      enqueue(400, error(400, "bad"));
      CompletableFuture<Task> task = c.async().tasks().get(TASK_ID);
      assertThatThrownBy(task::join).isInstanceOf(CompletionException.class)
          .hasCauseInstanceOf(BadRequestException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(scheduler.delays()).isEmpty();
  }

  @Test
  void givesUpAfterMaxRetriesWithTheLastError() {
    try (RefonteClient c = asyncClient(scheduler)) {
      for (int i = 0; i < 4; i++) {
        enqueue(500, error(500, "oops " + i));
      }
      assertThatThrownBy(() -> c.async().tasks().get(TASK_ID).join())
          .hasCauseInstanceOf(ServerException.class).hasMessageContaining("oops 3");
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void a409ForItsOwnUniqueIdAfterA5xxIsRecoveredAsTheSyncClientDoes() throws Exception {
    try (RefonteClient c = asyncClient(scheduler)) {
      enqueue(500, error(500, "lost"));
      enqueue(409, RecoveryWireTest.duplicate("doc/7", TASK_ID));
      enqueue(200, RecoveryWireTest.pageOf(task(TASK_ID, "pending")));
      assertThat(await(c.async().tasks().create(RecoveryWireTest.WITH_UID)).taskId())
          .isEqualTo(TASK_ID);
    }
    take();
    take();
    RecordedRequest lookup = take();
    assertThat(lookup.getUrl().encodedPath()).isEqualTo("/v1/tasks");
    assertThat(lookup.getUrl().queryParameterValues("unique_id")).containsExactly("doc/7");
  }

  @Test
  void aFirst409IsNotRecovered() {
    try (RefonteClient c = asyncClient(scheduler)) {
      enqueue(409, RecoveryWireTest.duplicate("doc/7", TASK_ID));
      assertThatThrownBy(() -> c.async().tasks().create(RecoveryWireTest.WITH_UID).join())
          .hasCauseInstanceOf(DuplicateTaskException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  static String page(String taskId, String nextToken) {
    return "{\"docs\":[" + task(taskId, "pending") + "],\"total\":3,\"limit\":1,\"offset\":0,"
        + "\"has_more\":" + (nextToken != null) + ",\"next_token\":"
        + (nextToken == null ? "null" : "\"" + nextToken + "\"") + "}";
  }

  @Test
  void listAllPublishesEveryPageFollowingTheToken() throws Exception {
    enqueue(200, page("aaaaaaaaaaaaaaaaaaaaaaa1", "t1"));
    enqueue(200, page("aaaaaaaaaaaaaaaaaaaaaaa2", "t2"));
    enqueue(200, page("aaaaaaaaaaaaaaaaaaaaaaa3", null));
    PageCollector<TaskPage> collector = PageCollector.all();
    client.async().tasks().listAll(TaskListRequest.builder().limit(1).build())
        .subscribe(collector);
    List<TaskPage> pages = await(collector.done);
    assertThat(pages).flatExtracting(TaskPage::docs).extracting(Task::taskId).containsExactly(
        "aaaaaaaaaaaaaaaaaaaaaaa1", "aaaaaaaaaaaaaaaaaaaaaaa2", "aaaaaaaaaaaaaaaaaaaaaaa3");
    take();
    assertThat(take().getUrl().queryParameter("next_token")).isEqualTo("t1");
    assertThat(take().getUrl().queryParameter("next_token")).isEqualTo("t2");
  }

  @Test
  void listAllStopsOnARepeatedToken() throws Exception {
    enqueue(200, page("aaaaaaaaaaaaaaaaaaaaaaa1", "t1"));
    enqueue(200, page("aaaaaaaaaaaaaaaaaaaaaaa2", "t1"));
    enqueue(200, page("aaaaaaaaaaaaaaaaaaaaaaa3", "t1"));
    PageCollector<TaskPage> collector = PageCollector.all();
    client.async().tasks().listAll(TaskListRequest.builder().build()).subscribe(collector);
    assertThat(await(collector.done)).hasSize(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void listAllFetchesOnlyOnDemand() throws Exception {
    enqueue(200, page("aaaaaaaaaaaaaaaaaaaaaaa1", "t1"));
    enqueue(200, page("aaaaaaaaaaaaaaaaaaaaaaa2", null));
    PageCollector<TaskPage> first = PageCollector.firstOnly();
    client.async().tasks().listAll(TaskListRequest.builder().build()).subscribe(first);
    assertThat(await(first.first).docs()).hasSize(1);
    assertThat(server.takeRequest(200, TimeUnit.MILLISECONDS)).isNotNull();
    assertThat(server.takeRequest(200, TimeUnit.MILLISECONDS)).as("no second fetch").isNull();
  }
}
