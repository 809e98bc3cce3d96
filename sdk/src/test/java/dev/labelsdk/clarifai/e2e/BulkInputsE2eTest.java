package dev.labelsdk.clarifai.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.clarifai.InvalidRequestException;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import dev.labelsdk.core.bulk.BulkOutcome;
import dev.labelsdk.core.bulk.BulkProgress;
import dev.labelsdk.core.bulk.BulkResult;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.refonte.e2e.FakeTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk input submission against the mock at HTTP level: batches, answers lost after the
 * inputs were stored, connection resets, the mock's rate limit, reruns. No real waits: every
 * delay moves a fake clock and the mock's.
 */
class BulkInputsE2eTest {

  @RegisterExtension
  static final LabelMockExtension MOCK = LabelMockExtension.create();

  static final int N = 100;
  static final int BATCH = 8;

  final FakeTime time = new FakeTime(MOCK);
  ClarifaiClient owner;

  @TempDir
  Path dir;

  @BeforeEach
  void people() {
    ClarifaiE2e.seedPeople(MOCK.clarifai());
    MOCK.clarifai().setRateLimit(0);
    owner = ClarifaiE2e.ownerOnFakeTime(MOCK, time, ClarifaiClient.DEFAULT_MAX_RETRIES);
  }

  @AfterEach
  void close() {
    owner.close();
  }

  static List<Input> inputs(int n, boolean withIds) {
    return IntStream.range(0, n).mapToObj(i -> {
      Input.Builder b = Input.builder().text("lake " + i);
      return (withIds ? b.id("lake-" + i) : b).build();
    }).toList();
  }

  BulkOptions.Builder options() {
    return BulkOptions.builder().concurrency(4).nanoTime(time);
  }

  static BulkResult<Input> await(BulkJob<Input> job) throws Exception {
    return job.result().get(60, TimeUnit.SECONDS);
  }

  /** Every input of the app; fails if two hold the same text. */
  Set<String> textsOfAllInputs() {
    List<String> all = new ArrayList<>();
    for (Input i : owner.inputs().listAll()) {
      all.add(i.toJson().path("data").path("text").path("raw").asText());
    }
    Set<String> distinct = new HashSet<>(all);
    assertThat(all).as("no input was created twice").hasSameSizeAs(distinct);
    return distinct;
  }

  List<RequestJournal.Entry> inputPosts() {
    return ClarifaiE2e.requests(MOCK, "POST", ClarifaiE2e.PREFIX + "/inputs");
  }

  void injectFaults() {
    // Answers lost after the batch was stored (503, reset), and resets before it was.
    String inputs = ClarifaiE2e.PREFIX + "/inputs";
    MOCK.clarifai().addFault(Fault.status(503).afterProcessing().times(3).on("POST", inputs));
    MOCK.clarifai().addFault(Fault.reset().afterProcessing().times(2).on("POST", inputs));
    MOCK.clarifai().addFault(Fault.reset().times(2).on("POST", inputs));
  }

  @Test
  void lostAnswersAndResetsStillGiveExactlyNInputsAndARerunFindsThemAll() throws Exception {
    for (boolean withIds : new boolean[] {true, false}) {
      MOCK.clarifai().reset();
      ClarifaiE2e.seedPeople(MOCK.clarifai());
      MOCK.clarifai().setRateLimit(0);
      MOCK.clarifai().clearFaults();
      injectFaults();
      List<Input> items = inputs(N, withIds);
      BulkOptions sameRun = options().runId("run-1").build();
      BulkResult<Input> result = await(owner.inputs().submitAll(items, BATCH, sameRun));

      assertThat(result.failed()).as(result.failures().toString()).isZero();
      assertThat(result.created() + result.alreadyExisted()).isEqualTo(N);
      assertThat(result.outcomes()).extracting(BulkOutcome::index)
          .containsExactlyElementsOf(IntStream.range(0, N).boxed().toList());
      assertThat(MOCK.clarifai().faults()).as("every fault was met").isEmpty();
      assertThat(textsOfAllInputs()).hasSize(N);

      // A rerun (same run id for inputs without ids): nothing new, every input already existed.
      BulkResult<Input> rerun = await(owner.inputs().submitAll(items, BATCH,
          withIds ? options().build() : sameRun));
      assertThat(rerun.failed()).isZero();
      assertThat(rerun.alreadyExisted()).isEqualTo(N);
      assertThat(rerun.created()).isZero();
      assertThat(rerun.outcomes()).allSatisfy(o -> assertThat(o.id()).isPresent());
      assertThat(textsOfAllInputs()).hasSize(N);
    }
  }

  @Test
  void sendsTheInputsInBatchesAndReportsProgressInInputs() throws Exception {
    List<BulkProgress> progress = new CopyOnWriteArrayList<>();
    BulkResult<Input> result = await(owner.inputs().submitAll(inputs(N, true), BATCH,
        options().progressListener(progress::add).build()));

    assertThat(result.created()).isEqualTo(N);
    int batches = (N + BATCH - 1) / BATCH;
    assertThat(inputPosts()).hasSize(batches);
    assertThat(progress).hasSize(batches);
    assertThat(progress.get(batches - 1).done()).isEqualTo(N);
    assertThat(progress.get(batches - 1).created()).isEqualTo(N);
    assertThat(result.outcomes().get(5).result()).hasValueSatisfying(
        i -> assertThat(i.id()).isEqualTo("lake-5"));
  }

  @Test
  void mixedStatusGivesEachInputItsOwnOutcome() throws Exception {
    owner.inputs().create(Input.builder().id("lake-3").text("lake 3").build());
    List<Input> items = new ArrayList<>(inputs(6, true));
    items.set(4, Input.builder().id("bad").build()); // no media: refused on its own (30104)

    BulkResult<Input> result = await(owner.inputs().submitAll(items, options().build()));

    assertThat(inputPosts()).hasSize(2); // the single create, then one batch of 6
    assertThat(result.outcomes()).extracting(BulkOutcome::status).containsExactly(
        BulkOutcome.Status.CREATED, BulkOutcome.Status.CREATED, BulkOutcome.Status.CREATED,
        BulkOutcome.Status.ALREADY_EXISTED, BulkOutcome.Status.FAILED,
        BulkOutcome.Status.CREATED);
    assertThat(result.outcomes().get(3).id()).hasValue("lake-3");
    assertThat(result.outcomes().get(4).error()).hasValueSatisfying(
        e -> assertThat(e).isInstanceOf(InvalidRequestException.class));
  }

  @Test
  void underTheMocksRateLimitNothingFailsAndTheRateAdapts() throws Exception {
    int perSecond = 2;
    int concurrency = 8;
    int batches = N / 4;
    MOCK.clarifai().setRateLimit(perSecond);
    List<BulkProgress> progress = new CopyOnWriteArrayList<>();
    BulkResult<Input> result = await(owner.inputs().submitAll(inputs(N, true), 4,
        options().concurrency(concurrency).progressListener(progress::add).build()));

    assertThat(result.failed()).as(result.failures().toString()).isZero();
    assertThat(result.created()).isEqualTo(N);
    long limited = inputPosts().stream().filter(e -> e.status() == 429).count();
    assertThat(limited).as("the mock's limit was met").isPositive();
    // The opening burst (every item in flight before the first answer), then a probe above
    // the limit every few seconds: not a retry storm (one 429 or more per batch).
    assertThat(limited).as("429s").isLessThanOrEqualTo(2 * concurrency);
    // It tracks the limit instead of collapsing: at least 0.7 of the mock's rate.
    assertThat(time.elapsed()).isLessThan(Duration.ofMillis(batches * 1000L / perSecond * 10 / 7));
    assertThat(progress.get(progress.size() - 1).rateLimit())
        .as("the rate came down from unlimited").isLessThan(Double.POSITIVE_INFINITY);
    MOCK.clarifai().setRateLimit(0);
    assertThat(textsOfAllInputs()).hasSize(N);
  }

  @Test
  void aCancelledRunResumesFromItsCheckpointWithoutDuplicates() throws Exception {
    List<Input> items = inputs(N, false);
    Path checkpoint = dir.resolve("inputs.ckpt");
    BulkJob<Input> first = owner.inputs().submitAll(items, BATCH, options().concurrency(1)
        .checkpoint(checkpoint).stopWhen(p -> p.done() >= N / 2).build());
    BulkResult<Input> stopped = await(first);
    assertThat(stopped.cancelled()).isTrue();
    assertThat(stopped.notStarted()).isPositive();
    assertThat(stopped.outcomes().size() + stopped.notStarted()).isEqualTo(N);
    assertThat(textsOfAllInputs()).hasSize((int) stopped.created());

    List<BulkProgress> progress = new CopyOnWriteArrayList<>();
    BulkResult<Input> rerun = await(owner.inputs().submitAll(items, BATCH,
        options().checkpoint(checkpoint).progressListener(progress::add).build()));
    assertThat(rerun.failed()).isZero();
    assertThat(rerun.alreadyExisted()).isEqualTo(stopped.created());
    assertThat(rerun.created()).isEqualTo(N - stopped.created());
    assertThat(rerun.outcomes()).allSatisfy(o -> assertThat(o.id()).isPresent());
    assertThat(progress.get(progress.size() - 1).done()).isEqualTo(N);
    assertThat(progress.get(progress.size() - 1).alreadyExisted())
        .isEqualTo(stopped.created());
    assertThat(textsOfAllInputs()).hasSize(N);
    assertThat(Files.readAllLines(checkpoint)).isNotEmpty();
  }

  @Test
  void annotationsWithoutIdsUnderLostAnswersAreCreatedOnceAndARerunFindsThemAll()
      throws Exception {
    assertThat(await(owner.inputs().submitAll(inputs(20, true), options().build())).created())
        .isEqualTo(20);
    List<dev.labelsdk.clarifai.model.Annotation> annotations = IntStream.range(0, 20)
        .mapToObj(i -> dev.labelsdk.clarifai.model.Annotation.builder().inputId("lake-" + i)
            .concepts(dev.labelsdk.clarifai.model.Concept.of("water")).build())
        .toList();
    String posts = ClarifaiE2e.PREFIX + "/annotations";
    MOCK.clarifai().addFault(Fault.status(503).afterProcessing().times(2).on("POST", posts));
    MOCK.clarifai().addFault(Fault.reset().afterProcessing().times(1).on("POST", posts));
    BulkOptions sameRun = options().runId("ann-run").build();

    BulkResult<dev.labelsdk.clarifai.model.Annotation> result =
        owner.annotations().submitAll(annotations, 4, sameRun).result().get(60, TimeUnit.SECONDS);
    assertThat(result.failed()).as(result.failures().toString()).isZero();
    assertThat(result.created() + result.alreadyExisted()).isEqualTo(20);
    assertThat(MOCK.clarifai().faults()).isEmpty();
    assertThat(annotationCount()).isEqualTo(20);

    BulkResult<dev.labelsdk.clarifai.model.Annotation> rerun =
        owner.annotations().submitAll(annotations, 4, sameRun).result().get(60, TimeUnit.SECONDS);
    assertThat(rerun.alreadyExisted()).isEqualTo(20);
    assertThat(annotationCount()).isEqualTo(20);
  }

  long annotationCount() {
    long n = 0;
    for (var a : owner.annotations().listAll(dev.labelsdk.clarifai.model.AnnotationQuery.all())) {
      n++;
    }
    return n;
  }

  @Test
  void refusesABatchSizeAboveTheApiLimit() {
    assertThatThrownBy(() -> owner.inputs().submitAll(inputs(1, true), 129,
        options().build())).isInstanceOf(IllegalArgumentException.class);
  }
}
