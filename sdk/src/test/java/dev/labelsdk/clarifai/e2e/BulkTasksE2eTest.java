package dev.labelsdk.clarifai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.clarifai.InvalidRequestException;
import dev.labelsdk.clarifai.model.InputSource;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.core.bulk.BulkInput;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import dev.labelsdk.core.bulk.BulkOutcome;
import dev.labelsdk.core.bulk.BulkResult;
import dev.labelsdk.mock.clarifai.wire.ClarifaiFault;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.refonte.e2e.FakeTime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk task submission against the mock: answers lost after the task was stored, dropped
 * connections, the mock's rate limit, a stopped run resumed. Exactly N tasks each time. No
 * real waits: every delay moves a fake clock and the mock's.
 */
class BulkTasksE2eTest {

  @RegisterExtension
  static final LabelMockExtension MOCK = LabelMockExtension.create();

  static final int N = 60;
  /** Tasks a request in the tests that want many batches in flight. */
  static final int BATCH = 5;

  final FakeTime time = new FakeTime(MOCK);
  ClarifaiClient owner;

  @TempDir
  Path dir;

  @BeforeEach
  void people() {
    ClarifaiE2e.seedPeople(MOCK.clarifai(), "u1");
    MOCK.clarifai().setRateLimit(0);
    owner = ClarifaiE2e.ownerOnFakeTime(MOCK, time, ClarifaiClient.DEFAULT_MAX_RETRIES);
  }

  @AfterEach
  void close() {
    owner.close();
  }

  /** Tasks named "task i"; every other one has its own id. */
  static List<Task> tasks(int n) {
    return IntStream.range(0, n).mapToObj(i -> {
      Task.Builder b = Task.builder().name("task " + i).concepts("water");
      return (i % 2 == 0 ? b.id("task-" + i) : b).build();
    }).toList();
  }

  BulkOptions.Builder options() {
    return BulkOptions.builder().concurrency(6).maxRetries(N).nanoTime(time);
  }

  static BulkResult<Task> await(BulkJob<Task> job) throws Exception {
    return job.result().get(60, TimeUnit.SECONDS);
  }

  /** The names of every task in the app; fails if one was created twice. */
  List<String> names() {
    List<String> names = new ArrayList<>();
    owner.tasks().listAll(TaskQuery.all().perPage(100)).forEach(t -> names.add(t.name()));
    assertThat(names).as("no task was created twice").doesNotHaveDuplicates();
    return names;
  }

  @Test
  void lostAnswersAndDropsStillGiveExactlyNTasksAndARerunFindsThemAll() throws Exception {
    MOCK.clarifai().addFault(ClarifaiFault.status(98004).afterProcessing().times(N / 5)
        .on("POST", "/tasks$"));
    MOCK.clarifai().addFault(ClarifaiFault.drop().afterProcessing().times(N / 20)
        .on("POST", "/tasks$"));
    MOCK.clarifai().addFault(ClarifaiFault.drop().times(N / 20).on("POST", "/tasks$"));
    BulkOptions sameRun = options().runId("run-1").build();
    BulkResult<Task> result = await(owner.tasks().submitAll(tasks(N), BATCH, sameRun));

    assertThat(result.failed()).as(result.failures().toString()).isZero();
    assertThat(result.created()).as("lost answers are recovered as created").isEqualTo(N);
    assertThat(result.outcomes()).extracting(BulkOutcome::index)
        .containsExactlyElementsOf(IntStream.range(0, N).boxed().toList());
    assertThat(result.outcomes().get(1).id()).hasValueSatisfying(
        id -> assertThat(id).startsWith("bulk-"));
    assertThat(MOCK.clarifai().faults()).as("every fault was met").isEmpty();
    assertThat(names()).hasSize(N);

    BulkResult<Task> rerun = await(owner.tasks().submitAll(tasks(N), sameRun));
    assertThat(rerun.alreadyExisted()).isEqualTo(N);
    assertThat(rerun.created()).isZero();
    assertThat(names()).hasSize(N);
  }

  @Test
  void theMocksRateLimitSlowsTheRunDownWithoutFailures() throws Exception {
    MOCK.clarifai().setRateLimit(5);
    BulkResult<Task> result = await(owner.tasks().submitAll(tasks(N), BATCH,
        options().build()));
    assertThat(result.failed()).isZero();
    assertThat(result.created()).isEqualTo(N);
    MOCK.clarifai().setRateLimit(0);
    assertThat(ClarifaiE2e.requests(MOCK, "POST", "/tasks")).as("some 429s, no storm")
        .filteredOn(e -> e.status() == 429).isNotEmpty().hasSizeLessThan(N);
    assertThat(names()).hasSize(N);
  }

  @Test
  void aStoppedRunResumesFromItsCheckpointWithoutDuplicates() throws Exception {
    Path checkpoint = dir.resolve("tasks.ckpt");
    BulkJob<Task> first = owner.tasks().submitAll(BulkInput.of(tasks(N).iterator()), BATCH,
        options().checkpoint(checkpoint)
        .stopWhen(p -> p.done() >= N / 2).build());
    BulkResult<Task> stopped = await(first);
    assertThat(stopped.cancelled()).isTrue();
    assertThat(names()).hasSize((int) stopped.created()).hasSizeLessThan(N);

    BulkResult<Task> resumed = await(owner.tasks().submitAll(BulkInput.of(tasks(N).stream()),
        BATCH, options().checkpoint(checkpoint).build()));
    assertThat(resumed.failed()).isZero();
    assertThat(resumed.alreadyExisted()).isEqualTo(stopped.created());
    assertThat(resumed.created() + resumed.alreadyExisted()).isEqualTo(N);
    assertThat(names()).hasSize(N);
  }

  @Test
  void aLostAnswerCostsItsBatchOneRetryAndOneListingNotOneRequestATask() throws Exception {
    MOCK.clarifai().addFault(ClarifaiFault.status(98004).afterProcessing().times(3)
        .on("POST", "/tasks$"));
    MOCK.clarifai().addFault(ClarifaiFault.drop().afterProcessing().on("POST", "/tasks$"));
    MOCK.clarifai().addFault(ClarifaiFault.drop().on("POST", "/tasks$"));
    BulkResult<Task> result = await(owner.tasks().submitAll(tasks(N), BATCH,
        options().build()));

    assertThat(result.failed()).as(result.failures().toString()).isZero();
    assertThat(result.created()).as("lost answers are recovered as created").isEqualTo(N);
    assertThat(result.outcomes()).allSatisfy(o -> assertThat(o.result()).isPresent());
    assertThat(MOCK.clarifai().faults()).as("every fault was met").isEmpty();
    int batches = N / BATCH;
    assertThat(ClarifaiE2e.requests(MOCK, "POST", "/tasks")).as("one create a batch, one retry"
        + " a fault").hasSize(batches + 5);
    assertThat(ClarifaiE2e.requests(MOCK, "GET", "/tasks")).as("at most one listing a lost"
        + " answer").hasSizeBetween(1, 4);
    assertThat(names()).hasSize(N);
  }

  @Test
  void aRerunWithOtherBatchesSortsOutTheTasksThatExistedAndCreatesTheRest() throws Exception {
    BulkOptions.Builder sameRun = options().runId("run-1");
    BulkResult<Task> first = await(owner.tasks().submitAll(tasks(N).subList(4, N), BATCH,
        sameRun.build()));
    assertThat(first.created()).isEqualTo(N - 4);
    // The first batch of 8 holds 4 new tasks and 4 that exist, and its answer is lost (the
    // 40010 it got is replaced by a 98004): the retry's recovery listing finds only 4 of its
    // ids, so the batch is sorted out by a second listing.
    MOCK.clarifai().addFault(ClarifaiFault.status(98004).afterProcessing()
        .on("POST", "/tasks$"));
    BulkResult<Task> all = await(owner.tasks().submitAll(tasks(N), 8,
        sameRun.concurrency(1).build()));

    assertThat(all.failed()).as(all.failures().toString()).isZero();
    assertThat(all.outcomes()).hasSize(N).allSatisfy(o -> assertThat(o.status()).isEqualTo(
        o.index() < 4 ? BulkOutcome.Status.CREATED : BulkOutcome.Status.ALREADY_EXISTED));
    assertThat(all.outcomes().subList(4, N)).extracting(o -> o.id().orElseThrow())
        .as("the same ids as the first run's").containsExactlyElementsOf(first.outcomes()
            .stream().map(o -> o.id().orElseThrow()).toList());
    assertThat(ClarifaiE2e.requests(MOCK, "POST", "/tasks")).as("the first run's 12, then the"
        + " rerun's 8 batches, a retry, and the 4 new tasks again").hasSize(12 + 8 + 1 + 1);
    assertThat(ClarifaiE2e.requests(MOCK, "GET", "/tasks")).as("two listings for the first"
        + " batch, one for each batch that existed").hasSize(2 + 7);
    assertThat(names()).hasSize(N);
  }

  @Test
  void aTaskTheServerRefusesFailsAloneAndTheRestOfItsBatchIsCreated() throws Exception {
    List<Task> tasks = new ArrayList<>(tasks(16));
    tasks.set(5, tasks.get(5).toBuilder().inputSource(InputSource.dataset("missing")).build());
    BulkResult<Task> result = await(owner.tasks().submitAll(tasks, 8, options().build()));

    assertThat(result.created()).isEqualTo(15);
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.index()).isEqualTo(5);
      assertThat(f.error()).get().isInstanceOf(InvalidRequestException.class);
      assertThat(f.error().orElseThrow()).hasMessageContaining("dataset 'missing' not found");
    });
    assertThat(ClarifaiE2e.requests(MOCK, "POST", "/tasks")).as("the good batch, then the bad"
        + " one halved down to its bad task: 8, 4+4, 2+2, 1+1").hasSize(1 + 1 + 2 + 2 + 2);
    assertThat(names()).hasSize(15).doesNotContain("task 5");
  }
}
