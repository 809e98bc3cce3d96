package dev.labelsdk.clarifai.e2e;

import static dev.labelsdk.clarifai.e2e.ClarifaiE2e.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.clarifai.ConflictException;
import dev.labelsdk.clarifai.InvalidRequestException;
import dev.labelsdk.clarifai.NotFoundException;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.clarifai.model.Dataset;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.InputSource;
import dev.labelsdk.clarifai.model.InputSourceType;
import dev.labelsdk.clarifai.model.SavedSearch;
import dev.labelsdk.clarifai.model.SearchFilter;
import dev.labelsdk.clarifai.model.SearchQuery;
import dev.labelsdk.clarifai.model.SearchResult;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.clarifai.model.TaskReview;
import dev.labelsdk.clarifai.model.TaskWorker;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Listing, filtering, updating and deleting tasks, and the resources tasks draw on. */
class TaskManagementE2eTest {

  @RegisterExtension
  static final LabelMockExtension MOCK =
      LabelMockExtension.withClarifai(ClarifaiConfig.builder().rateLimitPerSecond(0).build());

  ClarifaiClient owner;
  ClarifaiClient u1;

  @BeforeEach
  void people() {
    ClarifaiE2e.seedPeople(MOCK.clarifai(), "u1", "u2", "r1");
    owner = as(MOCK, "owner");
    u1 = as(MOCK, "u1");
    ClarifaiE2e.createInputs(owner, 3);
  }

  @AfterEach
  void close() {
    owner.close();
    u1.close();
  }

  List<Task> createTasks(int count) {
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tasks.add(Task.builder().name("task " + i).concepts("water")
          .worker(TaskWorker.full(i % 2 == 0 ? "u1" : "u2")).build());
    }
    return owner.tasks().create(tasks);
  }

  int taskListRequests() {
    return ClarifaiE2e.requests(MOCK, "GET", ClarifaiE2e.PREFIX + "/tasks").size();
  }

  @Test
  void listsEveryTaskLazilyOverMoreThanTwoPagesAndStopsOnTheShortOne() {
    List<Task> created = createTasks(7);
    AutoPager<Task> all = owner.tasks().listAll(TaskQuery.all().perPage(3));
    assertThat(taskListRequests()).as("nothing fetched before iterating").isZero();

    Iterator<Task> it = all.iterator();
    assertThat(it.next().name()).isEqualTo("task 6"); // newest first
    assertThat(taskListRequests()).isEqualTo(1);

    List<String> names = all.stream().map(Task::name).toList();
    assertThat(names).containsExactly("task 6", "task 5", "task 4", "task 3", "task 2",
        "task 1", "task 0");
    assertThat(names).hasSameSizeAs(created);
    assertThat(taskListRequests()).as("1 + pages 1, 2 and the short page 3").isEqualTo(4);
  }

  @Test
  void stopsOnAnEmptyPageWhenTheLastPageIsFull() {
    createTasks(6);
    assertThat(owner.tasks().listAll(TaskQuery.all().perPage(3)).stream().count()).isEqualTo(6);
    List<String> queries = ClarifaiE2e.requests(MOCK, "GET", ClarifaiE2e.PREFIX + "/tasks")
        .stream().map(e -> e.query()).toList();
    assertThat(queries).containsExactly("page=1&per_page=3", "page=2&per_page=3",
        "page=3&per_page=3");
  }

  @Test
  void filtersCombineAndListValuesMatchAny() {
    Task a = owner.tasks().create(Task.builder().name("a").worker(TaskWorker.full("u1"))
        .review(TaskReview.manual().reviewers("r1")).build());
    Task b = owner.tasks().create(Task.builder().name("b").worker(TaskWorker.full("u2"))
        .inputSource(InputSource.dataset(ClarifaiE2e.DATASET)).build());
    Task c = owner.tasks().create(Task.builder().name("c").worker(TaskWorker.evenly("u9"))
        .build());

    assertThat(names(TaskQuery.all().workers("u1", "u9"))).containsExactly("c", "a");
    assertThat(names(TaskQuery.all().reviewers("r1"))).containsExactly("a");
    assertThat(names(TaskQuery.all().ids(a.id(), b.id()))).containsExactly("b", "a");
    assertThat(names(TaskQuery.all().inputSource(InputSourceType.DATASET, ClarifaiE2e.DATASET)))
        .containsExactly("b");
    assertThat(names(TaskQuery.all().workers("u2").ids(c.id()))).isEmpty();
    // "me" is the caller.
    assertThat(u1.tasks().list(TaskQuery.all().workers("me")).items())
        .extracting(Task::name).containsExactly("a");
  }

  List<String> names(TaskQuery query) {
    return owner.tasks().list(query).items().stream().map(Task::name).toList();
  }

  @Test
  void createsSeveralTasksAtOnceAllOrNothing() {
    List<Task> tasks = List.of(Task.builder().name("ok").build(),
        Task.builder().name("broken").inputSource(InputSource.dataset("no-such-dataset")).build());
    assertThatThrownBy(() -> owner.tasks().create(tasks))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.code()).isEqualTo(11102);
          assertThat(e.details()).startsWith("tasks[1]");
        });
    assertThat(owner.tasks().list(TaskQuery.all()).items()).isEmpty();
    assertThat(owner.tasks().create(tasks.subList(0, 1))).singleElement()
        .satisfies(t -> assertThat(t.name()).isEqualTo("ok"));
  }

  @Test
  void updateReplacesTheTaskAndStatusHelpersOpenAndCloseIt() {
    Task task = owner.tasks().create(Task.builder().name("Annotate water").concepts("water")
        .worker(TaskWorker.full("u1")).metadata(Map.of("batch", 1)).build());

    Task updated = owner.tasks().update(task.toBuilder().name("Annotate lakes")
        .review(TaskReview.manual().reviewers("r1")).build());
    assertThat(updated.name()).isEqualTo("Annotate lakes");
    Task stored = owner.tasks().get(task.id());
    assertThat(stored.review().reviewerIds()).containsExactly("r1");
    assertThat(stored.metadata().getLong("batch")).contains(1L);
    assertThat(stored.modifiedAt()).isPresent();

    assertThat(owner.tasks().markDone(task.id()).status().orElseThrow().code())
        .isSameAs(StatusCode.TASK_DONE);
    assertThatThrownBy(() -> u1.tasks().assignments(task.id()).labelStart())
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(54100));
    assertThat(owner.tasks().reopen(task.id()).status().orElseThrow().code())
        .isSameAs(StatusCode.TASK_IN_PROGRESS);
    assertThat(u1.tasks().assignments(task.id()).labelStart()).hasSize(3);
    assertThat(owner.tasks().markWontDo(task.id()).status().orElseThrow().code())
        .isSameAs(StatusCode.TASK_WONT_DO);
    // An overwrite can set the status too (the seeds' update example).
    assertThat(owner.tasks().update(owner.tasks().get(task.id()).toBuilder()
        .status(StatusCode.TASK_DONE).build()).status().orElseThrow().code())
        .isSameAs(StatusCode.TASK_DONE);
  }

  @Test
  void changingWorkersAfterWorkStartedIsAConflict() {
    Task task = owner.tasks().create(Task.builder().concepts("water")
        .worker(TaskWorker.full("u1")).build());
    var work = u1.tasks().assignments(task.id()).labelStart();
    ClarifaiE2e.label(u1, task.id(), work.subList(0, 1), "water");
    assertThatThrownBy(() -> owner.tasks().update(task.toBuilder()
        .worker(TaskWorker.full("u1", "u2")).build()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void deleteIsAllOrNothing() {
    Task keep = createTasks(1).get(0);
    assertThatThrownBy(() -> owner.tasks().delete(keep.id(), "unknown"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.code()).isEqualTo(54102);
          assertThat(e.details()).contains("unknown");
        });
    assertThat(owner.tasks().get(keep.id()).id()).isEqualTo(keep.id());
    owner.tasks().delete(keep.id());
    assertThatThrownBy(() -> owner.tasks().get(keep.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> owner.tasks().inputCounts(keep.id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aSavedSearchIsAnInputSource() {
    SearchResult saved = owner.searches().save(SavedSearch.of("first-lake",
        SearchQuery.of(SearchFilter.dataset(ClarifaiE2e.DATASET),
            SearchFilter.metadata(Map.of("n", 1)))).withName("The first lake"));
    assertThat(saved.hits()).extracting(h -> h.input().id()).containsExactly("in01");
    assertThat(owner.searches().get("first-lake").name()).isEqualTo("The first lake");
    assertThat(owner.searches().listAll().stream().count()).isEqualTo(1);

    Task task = owner.tasks().create(Task.builder().concepts("water")
        .inputSource(InputSource.savedSearch("first-lake")).worker(TaskWorker.full("u1"))
        .build());
    assertThat(u1.tasks().assignments(task.id()).labelStart())
        .extracting(a -> a.inputId()).containsExactly("in01");
  }

  @Test
  void inputsDatasetsAndConcepts() {
    BatchResult<Input> added = owner.inputs().create(Input.image("img1", "https://x/1.jpg"),
        Input.text("in01", "a duplicate id"), Input.builder().id("in99").text("t")
            .concepts(Concept.of("water")).build());
    assertThat(added.status().code()).isSameAs(StatusCode.MIXED_STATUS);
    assertThat(added.succeeded()).extracting(Input::id).containsExactly("img1", "in99");
    assertThat(added.failures()).singleElement().satisfies(f -> assertThat(
        f.status().orElseThrow().code()).isSameAs(StatusCode.DATABASE_DUPLICATE_KEY));
    assertThat(owner.inputs().get("img1").data().imageUrl()).isEqualTo("https://x/1.jpg");
    assertThat(owner.inputs().listAll().stream().count()).isEqualTo(5);

    assertThat(owner.datasets().addInputs(ClarifaiE2e.DATASET, "img1"))
        .extracting(Input::id).containsExactly("img1");
    assertThat(owner.datasets().listAllInputs(ClarifaiE2e.DATASET).stream().count()).isEqualTo(4);
    owner.datasets().removeInputs(ClarifaiE2e.DATASET, "img1");
    assertThat(owner.datasets().get(ClarifaiE2e.DATASET).description()).isEqualTo("mountain lakes");
    assertThat(owner.datasets().create(Dataset.of("rivers")).id()).isEqualTo("rivers");
    assertThat(owner.datasets().listAll().stream().map(Dataset::id).toList())
        .containsExactly("rivers", "lakes");

    BatchResult<Concept> concepts = owner.concepts().create(Concept.of("boat", "Boat"));
    assertThat(concepts.succeeded()).singleElement()
        .satisfies(c -> assertThat(c.name()).isEqualTo("Boat"));
    assertThat(owner.concepts().get("water").id()).isEqualTo("water");

    owner.inputs().delete("img1", "in99");
    assertThatThrownBy(() -> owner.inputs().get("img1")).isInstanceOf(NotFoundException.class);
  }
}
