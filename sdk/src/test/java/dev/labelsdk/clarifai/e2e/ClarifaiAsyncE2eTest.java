package dev.labelsdk.clarifai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskCounts;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.clarifai.model.TaskWorker;
import dev.labelsdk.clarifai.model.WorkerCounts;
import dev.labelsdk.core.PageCollector;
import dev.labelsdk.mock.clarifai.wire.ClarifaiFault;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.refonte.e2e.FakeTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The async Clarifai client against the mock: concurrent creates through answers lost after
 * the commit, recovered from 40010 as the sync client does; pages as a publisher. No real
 * waits: retries wait on a fake clock that moves the mock's.
 */
class ClarifaiAsyncE2eTest {

  @RegisterExtension
  static final LabelMockExtension MOCK = LabelMockExtension.create();

  static final int N = 30;
  static final String TASKS = ClarifaiE2e.PREFIX + "/tasks";

  final FakeTime time = new FakeTime(MOCK);
  ClarifaiClient owner;

  @BeforeEach
  void people() {
    ClarifaiE2e.seedPeople(MOCK.clarifai(), "u1");
    MOCK.clarifai().setRateLimit(0);
    // More retries than faults, so any order the faults land in works.
    owner = ClarifaiE2e.ownerOnFakeTime(MOCK, time, 10);
  }

  @AfterEach
  void close() {
    owner.close();
  }

  @Test
  void concurrentCreatesThroughLostAnswersGiveEachTaskOnceAndTheirOwnResults()
      throws Exception {
    // Stored, then answered with an internal error or a dropped connection.
    MOCK.clarifai().addFault(ClarifaiFault.status(98004).afterProcessing().times(6)
        .on("POST", "/tasks$"));
    MOCK.clarifai().addFault(ClarifaiFault.drop().afterProcessing().times(3)
        .on("POST", "/tasks$"));
    List<CompletableFuture<Task>> futures = IntStream.range(0, N)
        .mapToObj(i -> owner.async().tasks().create(Task.builder().id("task-" + i)
            .name("task " + i).concepts("water").build()))
        .toList();
    for (int i = 0; i < N; i++) {
      Task t = futures.get(i).get(30, TimeUnit.SECONDS);
      assertThat(t.id()).isEqualTo("task-" + i);
      assertThat(t.name()).isEqualTo("task " + i);
    }
    List<RequestJournal.Entry> posts = ClarifaiE2e.requests(MOCK, "POST", TASKS);
    assertThat(MOCK.clarifai().faults()).as("every fault was met").isEmpty();
    // Each lost answer costs one retry, which meets its own id (40010, or a fault again) and
    // is recovered: without the recovery, those futures would fail with a conflict.
    assertThat(posts).hasSize(N + 9);

    PageCollector<Page<Task>> pages = PageCollector.all();
    owner.async().tasks().listAll(TaskQuery.all().perPage(7)).subscribe(pages);
    List<String> ids = pages.done.get(30, TimeUnit.SECONDS).stream()
        .flatMap(p -> p.items().stream()).map(Task::id).toList();
    assertThat(ids).as("exactly N tasks, none twice").hasSize(N).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(IntStream.range(0, N)
            .mapToObj(i -> "task-" + i).toList());
    assertThat(pages.pages()).hasSize(N / 7 + 1);
  }

  @Test
  void inputsAreCreatedReadAndPagedAsynchronously() throws Exception {
    List<Input> inputs = IntStream.range(0, 5)
        .mapToObj(i -> Input.builder().id("lake-" + i).text("lake " + i).build()).toList();
    assertThat(owner.async().inputs().create(inputs).get(30, TimeUnit.SECONDS).succeeded())
        .hasSize(5);
    assertThat(owner.async().inputs().get("lake-3").get(30, TimeUnit.SECONDS).id())
        .isEqualTo("lake-3");
    PageCollector<Page<Input>> pages = PageCollector.all();
    owner.async().inputs().listAll().subscribe(pages);
    assertThat(pages.done.get(30, TimeUnit.SECONDS)).flatExtracting(Page::items)
        .extracting(Input::id).containsExactlyInAnyOrder("lake-0", "lake-1", "lake-2",
            "lake-3", "lake-4");
  }
  @Test
  void statusChangesThroughLostAnswersAndCountsRunAsynchronously() throws Exception {
    List<Task> made = IntStream.range(0, 4).mapToObj(i -> owner.tasks().create(Task.builder()
        .id("status-" + i).name("status " + i).concepts("water")
        .worker(TaskWorker.full("u1")).build())).toList();
    // Stored, then answered with an internal error: setting a status again changes nothing.
    MOCK.clarifai().addFault(ClarifaiFault.status(98004).afterProcessing().times(2)
        .on("PATCH", "/tasks$"));
    List<CompletableFuture<Task>> changes = List.of(
        owner.async().tasks().markDone("status-0"),
        owner.async().tasks().markDone("status-1"),
        owner.async().tasks().markWontDo("status-2"),
        owner.async().tasks().setStatus("status-3", StatusCode.TASK_DONE));
    CompletableFuture.allOf(changes.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    assertThat(changes).extracting(f -> f.join().status().orElseThrow().code())
        .containsExactly(StatusCode.TASK_DONE, StatusCode.TASK_DONE, StatusCode.TASK_WONT_DO,
            StatusCode.TASK_DONE);
    assertThat(MOCK.clarifai().faults()).as("every fault was met").isEmpty();
    assertThat(ClarifaiE2e.requests(MOCK, "PATCH", TASKS)).hasSize(4 + 2);
    assertThat(owner.async().tasks().reopen("status-2").get(30, TimeUnit.SECONDS).status()
        .orElseThrow().code()).isEqualTo(StatusCode.TASK_IN_PROGRESS);
    assertThat(owner.tasks().get("status-0").status().orElseThrow().code())
        .isEqualTo(StatusCode.TASK_DONE);

    CompletableFuture<TaskCounts> annotations =
        owner.async().tasks().annotationCounts(made.get(2).id(), "u1");
    CompletableFuture<TaskCounts> inputs = owner.async().tasks().inputCounts(made.get(2).id());
    assertThat(annotations.get(30, TimeUnit.SECONDS))
        .isEqualTo(owner.tasks().annotationCounts(made.get(2).id(), "u1"));
    assertThat(inputs.get(30, TimeUnit.SECONDS).taskId()).isEqualTo("status-2");
    assertThat(inputs.join().counts()).extracting(WorkerCounts::userId).containsExactly("u1");
    assertThat(inputs.join()).isEqualTo(owner.tasks().inputCounts(made.get(2).id()));
  }
}
