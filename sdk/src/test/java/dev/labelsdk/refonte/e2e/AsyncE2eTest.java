package dev.labelsdk.refonte.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskPage;
import dev.labelsdk.refonte.model.TaskType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The async client against the mock: concurrent creates through faults, gets, paging. */
class AsyncE2eTest {

  @RegisterExtension
  static final LabelMockExtension MOCK = LabelMockExtension.create();

  final FakeTime time = new FakeTime(MOCK);
  final RefonteClient client = RefonteClient.builder().apiKey("live_async")
      .baseUrl(MOCK.refonteBaseUrl()).scheduler(time).httpClient(time.httpClient())
      .jitter(() -> 0.0)
      // More retries than injected faults: the faults are taken first come, first served, so
      // one create may meet several of them.
      .maxRetries(16).build();

  @AfterEach
  void close() {
    client.close();
  }

  static CreateTaskRequest request(int i) {
    return CreateTaskRequest.builder(TaskType.TEXT_COLLECTION).instruction("async " + i)
        .build();
  }

  @Test
  void concurrentCreatesThroughLostAnswersMakeOneTaskEach() throws Exception {
    MOCK.refonte().addFault(Fault.status(502).afterProcessing().times(10).on("POST", "/v1/task/"));
    MOCK.refonte().addFault(Fault.reset().afterProcessing().times(5).on("POST", "/v1/task/"));
    List<CompletableFuture<Task>> creates = IntStream.range(0, 60)
        .mapToObj(i -> client.async().tasks().create(request(i))).toList();
    CompletableFuture.allOf(creates.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    assertThat(creates).extracting(f -> f.join().taskId()).doesNotHaveDuplicates();
    assertThat(client.tasks().list(TaskListRequest.builder().limit(1).build()).total())
        .isEqualTo(60);
    // One retry per fault, each after the backoff of its retry number (a retry may meet a
    // fault again), all waited on the scheduler.
    assertThat(time.delays()).as("each retry waited on the scheduler").hasSize(15)
        .allSatisfy(d -> assertThat(d).isIn(Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofMillis(1000), Duration.ofMillis(2000), Duration.ofMillis(4000)));
    // Every retry carried the key of its first attempt, which the mock answered from its record.
    List<RequestJournal.Entry> posts = MOCK.refonte().requests(1000).stream()
        .filter(e -> e.method().equals("POST")).toList();
    assertThat(posts).hasSize(75);
    assertThat(posts.stream().map(p -> E2eSupport.header(p, "Idempotency-Key")).distinct())
        .hasSize(60);
  }

  @Test
  void getsAndListAllPagesAsAPublisher() throws Exception {
    List<Task> made = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      made.add(client.tasks().create(request(i)));
    }
    assertThat(client.async().tasks().get(made.get(7).taskId()).get(10, TimeUnit.SECONDS)
        .instruction()).contains("async 7");

    CompletableFuture<List<Task>> all = new CompletableFuture<>();
    client.async().tasks().listAll(TaskListRequest.builder().limit(10).build())
        .subscribe(new Flow.Subscriber<TaskPage>() {
          final List<Task> seen = new ArrayList<>();
          Flow.Subscription s;

          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            s = subscription;
            s.request(1);
          }

          @Override
          public void onNext(TaskPage page) {
            seen.addAll(page.docs());
            s.request(1);
          }

          @Override
          public void onError(Throwable t) {
            all.completeExceptionally(t);
          }

          @Override
          public void onComplete() {
            all.complete(seen);
          }
        });
    assertThat(all.get(10, TimeUnit.SECONDS)).extracting(Task::taskId)
        .containsExactlyInAnyOrderElementsOf(made.stream().map(Task::taskId).toList());
  }
  @Test
  void tagMetadataAndUniqueIdCallsRunConcurrentlyThroughLostAnswers() throws Exception {
    List<Task> made = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      made.add(client.tasks().create(request(i)));
    }
    // A tag addition is a set union, so the retry after a committed 502 changes nothing more.
    MOCK.refonte().addFault(Fault.status(502).afterProcessing().times(3).on("PUT", "/v1/task/"));
    List<CompletableFuture<Task>> calls = new ArrayList<>();
    for (Task t : made) {
      calls.add(client.async().tasks().addTags(t.taskId(), List.of("async", "t")));
    }
    calls.add(client.async().tasks().setMetadata(made.get(0).taskId(),
        java.util.Map.of("owner", "async")));
    calls.add(client.async().tasks().setUniqueId(made.get(1).taskId(), "async-u1"));
    CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    assertThat(calls.subList(0, 6)).allSatisfy(f -> assertThat(f.join().tags())
        .contains(List.of("async", "t")));
    assertThat(time.delays()).as("one wait per fault, on the scheduler").hasSize(3);
    assertThat(client.tasks().get(made.get(0).taskId()).metadata().getString("owner"))
        .contains("async");
    assertThat(client.tasks().get(made.get(1).taskId()).uniqueId()).contains("async-u1");
    assertThat(client.async().tasks().deleteTags(made.get(2).taskId(), List.of("t"))
        .get(10, TimeUnit.SECONDS).tags()).contains(List.of("async"));
    assertThat(client.async().tasks().clearUniqueId(made.get(1).taskId())
        .get(10, TimeUnit.SECONDS).uniqueId()).isEmpty();
    assertThat(client.tasks().list(TaskListRequest.builder().uniqueIds("async-u1").build())
        .docs()).isEmpty();
  }
}
