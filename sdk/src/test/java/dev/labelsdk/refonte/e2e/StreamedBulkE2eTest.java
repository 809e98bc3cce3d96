package dev.labelsdk.refonte.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import dev.labelsdk.core.bulk.BulkResult;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskType;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk submission of a streamed input against the mock: items are read only as slots free
 * up (memory stays bounded however long the input), the result keeps only failures, and a
 * checkpoint resumes a stopped streamed run without duplicates.
 */
class StreamedBulkE2eTest {

  @RegisterExtension
  static final LabelMockExtension MOCK = LabelMockExtension.create();

  static final int N = 300;
  static final int CONCURRENCY = 8;

  final FakeTime time = new FakeTime(MOCK);
  final RefonteClient client = E2eSupport.onFakeTime(MOCK, "live_stream", time);

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    client.close();
  }

  static CreateTaskRequest item(int i) {
    return CreateTaskRequest.builder(TaskType.TEXT_COLLECTION).instruction("label item " + i)
        .attachment("https://example.com/img/" + i + ".jpg").build();
  }

  /** Items 0..n-1, made as they are read, counting the reads. */
  static Iterator<CreateTaskRequest> counting(int n, AtomicInteger reads) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return reads.get() < n;
      }

      @Override
      public CreateTaskRequest next() {
        return item(reads.getAndIncrement());
      }
    };
  }

  long taskCount() {
    return client.tasks().list(TaskListRequest.builder().limit(1).build()).total();
  }

  static BulkResult<Task> await(BulkJob<Task> job) throws Exception {
    return job.result().get(60, TimeUnit.SECONDS);
  }

  @Test
  void itemsAreReadOnlyAsSlotsFreeUpAndTheResultKeepsOnlyFailures() throws Exception {
    MOCK.refonte().addFault(Fault.status(503).afterProcessing().times(30).on("POST", "/v1/task/"));
    AtomicInteger reads = new AtomicInteger();
    AtomicLong mostAhead = new AtomicLong();
    AtomicLong lastTotal = new AtomicLong();
    BulkResult<Task> result = await(client.tasks().submitAll(counting(N, reads),
        BulkOptions.builder().concurrency(CONCURRENCY).maxRetries(40).nanoTime(time)
            .progressListener(p -> {
              mostAhead.accumulateAndGet(reads.get() - p.done(), Math::max);
              lastTotal.set(p.total());
            }).build()));

    assertThat(mostAhead.get()).as("items read but unfinished, at any report")
        .isPositive().isLessThanOrEqualTo(CONCURRENCY);
    assertThat(lastTotal.get()).as("a stream's size is unknown").isEqualTo(-1);
    assertThat(result.created()).isEqualTo(N);
    assertThat(result.total()).isEqualTo(N);
    assertThat(result.outcomes()).as("only failures are kept").isEmpty();
    assertThat(taskCount()).isEqualTo(N);
  }

  @Test
  void aStoppedStreamedRunResumesFromItsCheckpointWithoutDuplicates() throws Exception {
    Path checkpoint = dir.resolve("stream.ckpt");
    AtomicBoolean closed = new AtomicBoolean();
    Stream<CreateTaskRequest> stream = IntStream.range(0, N)
        .mapToObj(StreamedBulkE2eTest::item).onClose(() -> closed.set(true));
    BulkJob<Task> first = client.tasks().submitAll(stream, BulkOptions.builder().concurrency(CONCURRENCY)
        .nanoTime(time).checkpoint(checkpoint).stopWhen(p -> p.done() >= N / 2).build());
    BulkResult<Task> stopped = await(first);
    assertThat(stopped.cancelled()).isTrue();
    assertThat(closed).as("the stream is closed when the run ends").isTrue();
    assertThat(taskCount()).isEqualTo(stopped.created()).isLessThan(N);

    AtomicInteger reads = new AtomicInteger();
    BulkResult<Task> resumed = await(client.tasks().submitAll(counting(N, reads),
        BulkOptions.builder().concurrency(CONCURRENCY).nanoTime(time).checkpoint(checkpoint)
            .build()));
    assertThat(resumed.failed()).isZero();
    assertThat(resumed.alreadyExisted()).as("skipped from the checkpoint")
        .isEqualTo(stopped.created());
    assertThat(resumed.created() + resumed.alreadyExisted()).isEqualTo(N);
    assertThat(taskCount()).as("exactly N tasks").isEqualTo(N);
  }

  @Test
  void anInputThatFailsToReadStopsTheRunAfterTheItemsInFlight() throws Exception {
    RuntimeException broken = new IllegalStateException("line 51 is not JSON");
    AtomicInteger reads = new AtomicInteger();
    Iterator<CreateTaskRequest> items = counting(N, reads);
    Iterator<CreateTaskRequest> failing = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public CreateTaskRequest next() {
        if (reads.get() == 50) {
          throw broken;
        }
        return items.next();
      }
    };
    BulkJob<Task> job = client.tasks().submitAll(failing,
        BulkOptions.builder().concurrency(CONCURRENCY).nanoTime(time).build());
    assertThatThrownBy(() -> job.result().join()).hasCause(broken);
    assertThat(taskCount()).as("every item read was sent and finished").isEqualTo(50);
  }
}
