package dev.labelsdk.clarifai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.TaskAssignment;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code clarifai.async().tasks().assignments(id)} on the wire: every action sends exactly the
 * request of its sync twin and decodes the same answer; retries wait on the scheduler.
 */
class ClarifaiAsyncAssignmentsWireTest extends ClarifaiWireTestBase {

  static final String ASSIGNMENT = "{\"id\":\"a1\",\"created_at\":\"2026-05-01T12:00:00Z\","
      + "\"worker\":{\"user\":{\"id\":\"u1\"}},\"input\":{\"id\":\"in01\"},"
      + "\"status\":{\"code\":54202}}";

  TaskAssignmentsAsync work;

  @BeforeEach
  void asyncClient() {
    work = client.async().tasks().assignments(TASK_ID);
  }

  record Twin(String name, Function<TaskAssignments, List<?>> sync,
      Function<TaskAssignmentsAsync, CompletableFuture<? extends List<?>>> async) {}

  static final TaskAssignment A2 = TaskAssignment.fromJson(
      parse(ASSIGNMENT.replace("\"a1\"", "\"a2\"")));

  static com.fasterxml.jackson.databind.JsonNode parse(String text) {
    try {
      return json(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static final List<Twin> TWINS = List.of(
      new Twin("labelStart", TaskAssignments::labelStart, TaskAssignmentsAsync::labelStart),
      new Twin("submit ids", w -> w.submit("a1", "a2"), w -> w.submit("a1", "a2")),
      new Twin("submit assignments", w -> w.submit(List.of(A2)), w -> w.submit(List.of(A2))),
      new Twin("submitInput", w -> w.submitInput("in02"), w -> w.submitInput("in02")),
      new Twin("reviewStart", TaskAssignments::reviewStart, TaskAssignmentsAsync::reviewStart),
      new Twin("reviewStart workers", w -> w.reviewStart("u1", "u2"),
          w -> w.reviewStart("u1", "u2")),
      new Twin("approve", w -> w.approve(List.of(A2)), w -> w.approve(List.of(A2))),
      new Twin("approve ids", w -> w.approve("a1"), w -> w.approve("a1")),
      new Twin("approveWorkers", w -> w.approveWorkers("u1"), w -> w.approveWorkers("u1")),
      new Twin("requestChanges", w -> w.requestChanges(List.of(A2)),
          w -> w.requestChanges(List.of(A2))),
      new Twin("requestChanges ids", w -> w.requestChanges("a1"), w -> w.requestChanges("a1")),
      new Twin("requestChangesWorkers", w -> w.requestChangesWorkers("u2"),
          w -> w.requestChangesWorkers("u2")),
      new Twin("reject", w -> w.reject(List.of(A2)), w -> w.reject(List.of(A2))),
      new Twin("reject ids", w -> w.reject("a3"), w -> w.reject("a3")),
      new Twin("rejectWorkers", w -> w.rejectWorkers("u3"), w -> w.rejectWorkers("u3")),
      new Twin("next", TaskAssignments::next, TaskAssignmentsAsync::next));

  @Test
  void everyActionSendsItsSyncTwinsRequestAndDecodesTheSameAnswer() throws Exception {
    TaskAssignments syncWork = client.tasks().assignments(TASK_ID);
    assertThat(work.taskId()).isEqualTo(TASK_ID);
    for (Twin twin : TWINS) {
      String answer = twin.name().equals("next") ? "\"inputs\":[{\"id\":\"in03\"}]"
          : "\"task_assignments\":[" + ASSIGNMENT + "]";
      enqueueOk(answer);
      List<?> expected = twin.sync().apply(syncWork);
      RecordedRequest syncRequest = take();
      enqueueOk(answer);
      List<?> actual = await(twin.async().apply(work));
      RecordedRequest asyncRequest = take();
      assertThat(actual).as(twin.name()).isEqualTo(expected).hasSize(1);
      assertThat(asyncRequest.getMethod()).as(twin.name()).isEqualTo(syncRequest.getMethod());
      assertThat(asyncRequest.getUrl().encodedPath()).as(twin.name())
          .isEqualTo(APP_PATH + "/tasks/" + TASK_ID + "/assignments")
          .isEqualTo(syncRequest.getUrl().encodedPath());
      if (asyncRequest.getMethod().equals("PUT")) {
        assertThat(body(asyncRequest)).as(twin.name()).isEqualTo(body(syncRequest));
      } else {
        assertThat(asyncRequest.getMethod()).as(twin.name()).isEqualTo("GET");
      }
    }
    assertThat(scheduler.delays()).isEmpty();
  }

  @Test
  void aDecisionSendsItsActionAndConfigAndDecodesTheAssignments() throws Exception {
    enqueueOk("\"task_assignments\":[" + ASSIGNMENT + "]");
    List<TaskAssignment> sent = await(work.requestChangesWorkers("u2"));
    assertThat(body(take("PUT", "/tasks/" + TASK_ID + "/assignments")))
        .isEqualTo(json("{\"action\":\"REVIEW_REQUEST_CHANGES\","
            + "\"review_request_changes_config\":{\"workers\":[{\"user\":{\"id\":\"u2\"}}]}}"));
    TaskAssignment a = sent.get(0);
    assertThat(a.id()).isEqualTo("a1");
    assertThat(a.workerId()).isEqualTo("u1");
    assertThat(a.inputId()).isEqualTo("in01");
    assertThat(a.statusCode()).isEqualTo(StatusCode.TASK_ASSIGNMENT_AWAITING_REVIEW);

    enqueueOk("\"inputs\":[{\"id\":\"in03\"},{\"id\":\"in04\"}]");
    assertThat(await(work.next())).extracting(Input::id).containsExactly("in03", "in04");
  }

  @Test
  void anActionIsRetriedAfterA502WaitingOnTheScheduler() throws Exception {
    enqueue(502, "bad gateway");
    enqueueOk("\"task_assignments\":[" + ASSIGNMENT + "]");
    assertThat(await(work.approve("a1"))).extracting(TaskAssignment::id).containsExactly("a1");
    RecordedRequest first = take("PUT", "/tasks/" + TASK_ID + "/assignments");
    RecordedRequest retry = take("PUT", "/tasks/" + TASK_ID + "/assignments");
    assertThat(retry.getHeaders().get("X-Retry-Count")).isEqualTo("1");
    assertThat(body(retry)).isEqualTo(body(first));
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(250));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void refusalsMapToTheSyncClientsExceptionsAndAreNotRetried() {
    enqueue(400, error(54100, "Task conflict", "task is not in progress"));
    assertThatThrownBy(() -> await(work.labelStart()))
        .hasCauseExactlyInstanceOf(ConflictException.class);
    enqueue(403, error(54103, "Not a reviewer", "not a reviewer of this task"));
    assertThatThrownBy(() -> await(work.reviewStart()))
        .hasCauseExactlyInstanceOf(PermissionDeniedException.class);
    assertThat(server.getRequestCount()).as("4xx not retried").isEqualTo(2);
  }

  @Test
  void argumentsThatCanNeverWorkThrowBeforeAnythingIsSent() {
    assertThatThrownBy(() -> work.submit()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> work.approve(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> work.rejectWorkers()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> work.submitInput("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client.async().tasks().assignments(""))
        .isInstanceOf(IllegalArgumentException.class);
    try (ClarifaiClient appless = ClarifaiClient.builder().apiKey("app-key")
        .baseUrl(server.url("/").toString()).build()) {
      assertThatThrownBy(() -> appless.async().tasks().assignments(TASK_ID))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("appId");
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
