package dev.labelsdk.refonte.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import dev.labelsdk.core.bulk.BulkOutcome;
import dev.labelsdk.core.bulk.BulkProgress;
import dev.labelsdk.core.bulk.BulkResult;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk submission against the mock at HTTP level: faults that commit then fail, connection
 * resets, the API-like create rate limit, a run stopped halfway and rerun. Exactly N tasks
 * each time. No real waits: every delay moves a fake clock and the mock's.
 */
class BulkSubmitE2eTest {

  @RegisterExtension
  static final LabelMockExtension MOCK =
      LabelMockExtension.configured(dev.labelsdk.mock.server.LabelMockServer.Builder::apiRateLimits);

  static final int N = 120;

  final FakeTime time = new FakeTime(MOCK);
  final RefonteClient client = E2eSupport.onFakeTime(MOCK, "live_bulk", time);

  @TempDir
  Path dir;

  @AfterEach
  void close() {
    client.close();
  }

  static List<CreateTaskRequest> items(int n, boolean withUniqueIds) {
    return IntStream.range(0, n).mapToObj(i -> {
      var b = CreateTaskRequest.builder(TaskType.TEXT_COLLECTION).instruction("label item " + i)
          .attachment("https://example.com/img/" + i + ".jpg");
      return (withUniqueIds ? b.uniqueId("img-" + i) : b).build();
    }).toList();
  }

  /**
   * More retries an item than there are injected faults (30% of N posts), so no item can run
   * out of them whatever order the faults land in: the tests check exactness, not luck.
   */
  BulkOptions.Builder options() {
    return BulkOptions.builder().concurrency(8).maxRetries(N).nanoTime(time);
  }

  long taskCount() {
    return client.tasks().list(TaskListRequest.builder().limit(1).build()).total();
  }

  Set<String> instructionsOfAllTasks() {
    Set<String> seen = new HashSet<>();
    List<String> all = new ArrayList<>();
    for (Task t : client.tasks().listAll(TaskListRequest.builder().limit(100).build())) {
      all.add(t.instruction().orElse(""));
      seen.add(t.instruction().orElse(""));
    }
    assertThat(all).as("no task was created twice").hasSameSizeAs(seen);
    return seen;
  }

  static BulkResult<Task> await(dev.labelsdk.core.bulk.BulkJob<Task> job) throws Exception {
    return job.result().get(60, TimeUnit.SECONDS);
  }

  void injectFaults() {
    // 20% commit-then-503 and 5% commit-then-reset (answers lost after the task was made),
    // plus 5% resets before processing.
    MOCK.refonte().addFault(Fault.status(503).afterProcessing().times(N / 5)
        .on("POST", "/v1/task/"));
    MOCK.refonte().addFault(Fault.reset().afterProcessing().times(N / 20).on("POST", "/v1/task/"));
    MOCK.refonte().addFault(Fault.reset().times(N / 20).on("POST", "/v1/task/"));
  }

  @Test
  void lostAnswersAndResetsStillGiveExactlyNTasks() throws Exception {
    for (boolean uniqueIds : new boolean[] {true, false}) {
      MOCK.refonte().reset();
      MOCK.refonte().clearFaults();
      MOCK.refonte().setRateLimit(RateLimit.UNLIMITED);
      injectFaults();
      BulkResult<Task> result = await(client.tasks().submitAll(items(N, uniqueIds),
          options().build()));

      assertThat(result.failed()).as(result.failures().toString()).isZero();
      assertThat(result.created() + result.alreadyExisted()).isEqualTo(N);
      assertThat(result.outcomes()).extracting(BulkOutcome::index)
          .containsExactlyElementsOf(IntStream.range(0, N).boxed().toList());
      assertThat(taskCount()).isEqualTo(N);
      assertThat(instructionsOfAllTasks()).hasSize(N);
      assertThat(MOCK.refonte().faults()).as("every fault was met").isEmpty();
    }
  }

  @Test
  void underTheApiRateLimitEvery429IsAbsorbedAndTheRateAdapts() throws Exception {
    List<BulkProgress> progress = new CopyOnWriteArrayList<>();
    BulkResult<Task> result = await(client.tasks().submitAll(items(N, true),
        options().concurrency(16).progressListener(progress::add).build()));

    assertThat(result.failed()).as(result.failures().toString()).isZero();
    assertThat(result.created()).isEqualTo(N);
    assertThat(taskCount()).isEqualTo(N);
    List<RequestJournal.Entry> posts = MOCK.refonte().requests(1000).stream()
        .filter(e -> e.method().equals("POST")).toList();
    long limited = posts.stream().filter(e -> e.status() == 429).count();
    assertThat(limited).as("the mock's limit was met").isPositive();
    // Not a retry storm: every 429 holds every request, so they stay a fraction of the sends.
    assertThat(limited).as("429s (of %d posts)", posts.size()).isLessThan(N);
    assertThat(progress).hasSize(N);
    assertThat(progress.get(N - 1).done()).isEqualTo(N);
    assertThat(progress.get(N - 1).rateLimit()).as("the rate came down from unlimited")
        .isLessThan(Double.POSITIVE_INFINITY);
  }

  @Test
  void aRerunWithTheCheckpointStartsAtThePaceTheFirstRunLearned() throws Exception {
    MOCK.refonte().setRateLimit(RateLimit.DEFAULT);
    Path checkpoint = dir.resolve("paced.ckpt");
    List<CreateTaskRequest> items = items(N, true);
    BulkJob<Task> first = client.tasks().submitAll(items, options().concurrency(16)
        .checkpoint(checkpoint).stopWhen(p -> p.done() >= N / 2).build());
    await(first);
    List<String> rates = Files.readAllLines(checkpoint).stream()
        .filter(l -> l.startsWith("rate ")).toList();
    assertThat(rates).as("the pace after the 429s is recorded").isNotEmpty();
    double learned = Double.parseDouble(rates.get(rates.size() - 1).substring(5));

    List<BulkProgress> progress = new CopyOnWriteArrayList<>();
    BulkResult<Task> rerun = await(client.tasks().submitAll(items, options().concurrency(16)
        .checkpoint(checkpoint).progressListener(progress::add).build()));
    assertThat(progress.get(0).rateLimit()).as("not unlimited: the learned pace")
        .isEqualTo(learned);
    assertThat(rerun.failed()).isZero();
    assertThat(taskCount()).isEqualTo(N);
  }

  @Test
  void aRunStoppedHalfwayAndRerunMakesExactlyNWithUniqueIds() throws Exception {
    MOCK.refonte().setRateLimit(RateLimit.UNLIMITED);
    injectFaults();
    List<CreateTaskRequest> items = items(N, true);
    BulkOptions stopHalfway = options().stopWhen(p -> p.done() >= N / 2).build();
    BulkJob<Task> first = client.tasks().submitAll(items, stopHalfway);
    BulkResult<Task> stopped = await(first);

    assertThat(stopped.cancelled()).isTrue();
    assertThat(stopped.notStarted()).isPositive();
    assertThat(stopped.outcomes().size() + stopped.notStarted()).isEqualTo(N);
    // A create whose answer a fault lost is found by its retry (409 on its own unique_id), so
    // this run counts it as already existing: created + already existed is what the mock holds.
    long stored = taskCount();
    assertThat(stored).isEqualTo(stopped.created() + stopped.alreadyExisted());

    // A fresh run (new run id, no checkpoint): the unique_ids find what exists.
    BulkResult<Task> rerun = await(client.tasks().submitAll(items, options().build()));
    assertThat(rerun.failed()).isZero();
    assertThat(rerun.alreadyExisted()).isEqualTo(stored);
    assertThat(rerun.created()).isEqualTo(N - stored);
    assertThat(taskCount()).isEqualTo(N);
  }

  @Test
  void withoutUniqueIdsACheckpointMakesTheRerunExactlyOnce() throws Exception {
    MOCK.refonte().setRateLimit(RateLimit.UNLIMITED);
    injectFaults();
    List<CreateTaskRequest> items = items(N, false);
    Path checkpoint = dir.resolve("run.ckpt");
    BulkJob<Task> first = client.tasks().submitAll(items, options().checkpoint(checkpoint)
        .stopWhen(p -> p.done() >= N / 2).build());
    BulkResult<Task> stopped = await(first);
    assertThat(stopped.cancelled()).isTrue();
    assertThat(Files.readAllLines(checkpoint)).hasSize(2 + (int) stopped.created());

    BulkResult<Task> rerun = await(client.tasks().submitAll(items,
        options().checkpoint(checkpoint).build()));
    assertThat(rerun.failed()).isZero();
    assertThat(rerun.alreadyExisted()).isEqualTo(stopped.created());
    assertThat(taskCount()).isEqualTo(N);
    assertThat(instructionsOfAllTasks()).hasSize(N);

    // A third run over the same checkpoint sends nothing.
    int before = MOCK.refonte().requests(1000).size();
    BulkResult<Task> third = await(client.tasks().submitAll(items,
        options().checkpoint(checkpoint).build()));
    assertThat(third.alreadyExisted()).isEqualTo(N);
    assertThat(MOCK.refonte().requests(1000).size()).isEqualTo(before);
  }

  @Test
  void theSameRunIdAloneMakesARerunExactlyOnce() throws Exception {
    MOCK.refonte().setRateLimit(RateLimit.UNLIMITED);
    List<CreateTaskRequest> items = items(N, false);
    BulkResult<Task> once = await(client.tasks().submitAll(items.subList(0, N / 2),
        options().runId("import-7").build()));
    assertThat(once.created()).isEqualTo(N / 2);
    await(client.tasks().submitAll(items, options().runId("import-7").build()));
    assertThat(taskCount()).isEqualTo(N);
  }

  @Test
  void aNonRetryableFailureIsThatItemsOutcomeAndTheOthersGoOn() throws Exception {
    MOCK.refonte().setRateLimit(RateLimit.UNLIMITED);
    List<CreateTaskRequest> items = new ArrayList<>(items(10, true));
    // The same unique_id twice in one input: the second is "already existed", not a failure.
    items.add(items.get(3));
    MOCK.refonte().addFault(Fault.status(400).withMessage("nope").times(1).on("POST", "/v1/task/"));
    BulkResult<Task> result = await(client.tasks().submitAll(items, options().concurrency(1)
        .build()));
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.failures().get(0).index()).isZero();
    assertThat(result.failures().get(0).error()).get()
        .isInstanceOf(dev.labelsdk.core.BadRequestException.class);
    assertThat(result.outcomes().get(10).status()).isEqualTo(BulkOutcome.Status.ALREADY_EXISTED);
    assertThat(result.outcomes().get(10).id()).isEqualTo(result.outcomes().get(3).id());
    assertThat(taskCount()).isEqualTo(9);
  }
}
