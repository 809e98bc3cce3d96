package dev.labelsdk.clarifai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.clarifai.model.Annotation;
import dev.labelsdk.clarifai.model.AnnotationQuery;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.core.PageCollector;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** The Clarifai async client shares the sync path's retries, headers and waits. */
class ClarifaiAsyncWireTest extends ClarifaiWireTestBase {


  @Test
  void getRetriesWithTheSameBackoffAndRetryCountHeaderOnTheScheduler() throws Exception {
    try (ClarifaiClient c = builder().scheduler(scheduler).build()) {
      for (int i = 0; i < 2; i++) {
        enqueue(500, error(98004, "Internal server issue", "boom"));
      }
      enqueueTask(TASK_ID);
      Task task = c.async().tasks().get(TASK_ID).get(10, TimeUnit.SECONDS);
      assertThat(task.id()).isEqualTo(TASK_ID);
    }
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(take().getHeaders().get("X-Retry-Count")).isNull();
    assertThat(take().getHeaders().get("X-Retry-Count")).isEqualTo("1");
    assertThat(take().getHeaders().get("X-Retry-Count")).isEqualTo("2");
  }

  @Test
  void listAnswersAPageAndFailuresMapAsInTheSyncClient() throws Exception {
    try (ClarifaiClient c = builder().scheduler(scheduler).build()) {
      enqueueOk("\"tasks\":[" + task(TASK_ID) + "]");
      assertThat(c.async().tasks().list(TaskQuery.all().perPage(5)).get(10, TimeUnit.SECONDS)
          .items()).extracting(Task::id).containsExactly(TASK_ID);
      assertThat(take().getUrl().queryParameter("per_page")).isEqualTo("5");

      enqueue(404, error(54002, "Resource does not exist", "no task"));
      assertThatThrownBy(() -> c.async().tasks().get("missing").join())
          .hasCauseInstanceOf(dev.labelsdk.core.NotFoundException.class);
    }
  }

  void enqueueDisconnect() {
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
  }

  @Test
  void aRetriedCreateThatMeetsItsOwnIdsAfterALostAnswerCompletesWithTheCreatedTasks()
      throws Exception {
    try (ClarifaiClient c = builder().scheduler(scheduler).build()) {
      enqueue(500, error(98004, "Internal server issue", "failed after commit"));
      enqueue(400, error(40010, "Object has a duplicate ID", "task id 'my-task' already exists"));
      enqueueOk("\"tasks\":[" + task("my-task") + "]");
      Task created = await(c.async().tasks()
          .create(Task.builder().id("my-task").concepts("water").build()));
      assertThat(created.id()).isEqualTo("my-task");
    }
    assertThat(take().getMethod()).isEqualTo("POST");
    assertThat(take().getHeaders().get("X-Retry-Count")).isEqualTo("1");
    assertThat(take().getUrl().encodedQuery())
        .isEqualTo("per_page=1&ids=my-task&including_label_order_tasks=true");
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(250));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void aDuplicateIdWithoutALostAnswerFailsAsAConflict() {
    try (ClarifaiClient c = builder().scheduler(scheduler).build()) {
      enqueue(400, error(40010, "Object has a duplicate ID", "task id 'my-task' already exists"));
      assertThatThrownBy(() -> c.async().tasks().create(Task.builder().id("my-task")
          .concepts("water").build()).join()).hasCauseInstanceOf(ConflictException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aCreateWithoutClientIdsIsNotRetriedAfterALostAnswer() {
    try (ClarifaiClient c = builder().scheduler(scheduler).build()) {
      enqueueDisconnect();
      assertThatThrownBy(() -> c.async().tasks().create(Task.builder().name("t")
          .concepts("water").build()).join()).hasCauseInstanceOf(ConnectionException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void anInvalidTaskIsRefusedBeforeAnythingIsSent() {
    try (ClarifaiClient c = builder().scheduler(scheduler).build()) {
      assertThatThrownBy(() -> c.async().tasks().create(Task.builder().name("no dataset id")
          .concepts("water").inputSource(dev.labelsdk.clarifai.model.InputSource.of(
              dev.labelsdk.clarifai.model.InputSourceType.DATASET, ""))
          .build())).isInstanceOf(dev.labelsdk.core.InvalidRequestException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void updateOverwritesAndARetriedDeleteThatFindsTheTaskGoneSucceeds() throws Exception {
    try (ClarifaiClient c = builder().scheduler(scheduler).build()) {
      enqueue(503, error(10030, "Try the request again", ""));
      enqueueOk("\"tasks\":[" + task(TASK_ID) + "]");
      Task updated = await(c.async().tasks().update(Task.builder().id(TASK_ID).name("renamed")
          .concepts("water").build()));
      assertThat(updated.id()).isEqualTo(TASK_ID);
      take();
      var patch = take();
      assertThat(patch.getMethod()).isEqualTo("PATCH");
      assertThat(body(patch).path("action").asText()).isEqualTo("overwrite");
      assertThat(body(patch).path("tasks").get(0).path("name").asText()).isEqualTo("renamed");

      enqueueDisconnect();
      enqueue(404, error(54102, "Task not found", "task 't1' not found"));
      await(c.async().tasks().delete("t1"));
      assertThat(take().getMethod()).isEqualTo("DELETE");
      assertThat(body(take()).path("ids").get(0).asText()).isEqualTo("t1");
    }
  }

  @Test
  void inputCreateReportsEachItemOfAMixedAnswerAndGetAndListRead() throws Exception {
    try (ClarifaiClient c = builder().scheduler(scheduler).build()) {
      enqueue(207, """
          {"status":{"code":10010,"description":"Mixed Success"},
           "inputs":[
             {"id":"in1","data":{"text":{"raw":"a"}},"status":{"code":30000}},
             {"id":"in2","data":{"text":{"raw":"b"}},"status":{"code":40010,"description":"Object has a duplicate ID"}}]}""");
      BatchResult<Input> result = await(c.async().inputs()
          .create(Input.text("in1", "a"), Input.text("in2", "b")));
      assertThat(result.succeeded()).extracting(Input::id).containsExactly("in1");
      assertThat(result.failures()).singleElement().satisfies(f -> assertThat(
          f.status().orElseThrow().code()).isEqualTo(StatusCode.DATABASE_DUPLICATE_KEY));
      assertThat(body(take()).path("inputs")).hasSize(2);

      enqueue(502, error(98004, "Internal server issue", "bad gateway"));
      enqueueOk("\"input\":{\"id\":\"in1\",\"data\":{\"text\":{\"raw\":\"a\"}}}");
      assertThat(await(c.async().inputs().get("in1")).id()).isEqualTo("in1");
      take();
      assertThat(take().getUrl().encodedPath()).isEqualTo(APP_PATH + "/inputs/in1");

      enqueueOk("\"inputs\":[]");
      assertThat(await(c.async().inputs().list(2, 10)).items()).isEmpty();
      assertThat(take().getUrl().encodedQuery()).isEqualTo("page=2&per_page=10");
    }
  }

  @Test
  void annotationsCreateGetAndListAsTheSyncResourceDoes() throws Exception {
    String annotation = "{\"id\":\"an1\",\"input_id\":\"in1\",\"data\":{\"concepts\":"
        + "[{\"id\":\"water\",\"value\":1}]}}";
    try (ClarifaiClient c = builder().scheduler(scheduler).build()) {
      enqueueOk("\"annotations\":[" + annotation + "]");
      BatchResult<Annotation> created = await(c.async().annotations().create(
          Annotation.builder().id("an1").inputId("in1").conceptIds("water").build()));
      assertThat(created.succeeded()).extracting(Annotation::id).containsExactly("an1");
      assertThat(take().getMethod()).isEqualTo("POST");

      enqueueOk("\"annotation\":" + annotation);
      assertThat(await(c.async().annotations().get("in1", "an1")).id()).isEqualTo("an1");
      assertThat(take().getUrl().encodedPath())
          .isEqualTo(APP_PATH + "/inputs/in1/annotations/an1");

      enqueueOk("\"annotations\":[" + annotation + "]");
      Page<Annotation> page = await(c.async().annotations()
          .list(AnnotationQuery.all().inputs("in1").perPage(5)));
      assertThat(page.items()).extracting(Annotation::id).containsExactly("an1");
      assertThat(take().getUrl().encodedQuery()).isEqualTo("input_ids=in1&per_page=5");
    }
  }

  @Test
  void listAllPublishesPagesUntilAShortOneAndFetchesOnlyOnDemand() throws Exception {
    try (ClarifaiClient c = builder().scheduler(scheduler).build()) {
      enqueueOk("\"tasks\":[" + task("t1") + "," + task("t2") + "]");
      enqueueOk("\"tasks\":[" + task("t3") + "]");
      PageCollector<Page<Task>> all = PageCollector.all();
      c.async().tasks().listAll(TaskQuery.all().perPage(2)).subscribe(all);
      assertThat(await(all.done)).flatExtracting(Page::items).extracting(Task::id)
          .containsExactly("t1", "t2", "t3");
      assertThat(take().getUrl().queryParameter("page")).isEqualTo("1");
      assertThat(take().getUrl().queryParameter("page")).isEqualTo("2");
      assertThat(server.getRequestCount()).as("a short page is the last").isEqualTo(2);

      enqueueOk("\"tasks\":[" + task("t1") + "," + task("t2") + "]");
      PageCollector<Page<Task>> first = PageCollector.firstOnly();
      c.async().tasks().listAll(TaskQuery.all().perPage(2)).subscribe(first);
      assertThat(await(first.first).items()).hasSize(2);
      take();
      assertThat(server.takeRequest(200, TimeUnit.MILLISECONDS))
          .as("no page is fetched without demand").isNull();
    }
  }
}
