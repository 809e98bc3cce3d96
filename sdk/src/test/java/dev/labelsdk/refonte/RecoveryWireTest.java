package dev.labelsdk.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.refonte.model.Batch;
import dev.labelsdk.refonte.model.CreateBatchRequest;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskType;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** A create whose lost first attempt did commit is recovered instead of failing with 409. */
class RecoveryWireTest extends WireTestBase {

  static final String OTHER_ID = "aaaaaaaaaaaaaaaaaaaaaaaa";
  static final CreateTaskRequest WITH_UID = CreateTaskRequest.builder(TaskType.TEXT_COLLECTION)
      .instruction("x").uniqueId("doc/7").build();

  static String duplicate(String uniqueId, String taskId) {
    return error(409, "The unique_id (\"" + uniqueId + "\") is already used for a different task"
        + " (" + taskId + ").");
  }

  static String pageOf(String taskJson) {
    return "{\"docs\":[" + taskJson + "],\"total\":1,\"limit\":100,\"offset\":0,"
        + "\"has_more\":false,\"next_token\":null}";
  }

  @Test
  void afterA5xxA409ForItsOwnUniqueIdReturnsTheExistingTask() throws Exception {
    enqueue(500, error(500, "lost"));
    enqueue(409, duplicate("doc/7", TASK_ID));
    enqueue(200, pageOf(task(TASK_ID, "pending")));

    Task task = client.tasks().create(WITH_UID);

    assertThat(task.taskId()).isEqualTo(TASK_ID);
    take();
    take();
    RecordedRequest lookup = take();
    assertThat(lookup.getMethod()).isEqualTo("GET");
    assertThat(lookup.getUrl().encodedPath()).isEqualTo("/v1/tasks");
    assertThat(lookup.getUrl().queryParameterValues("unique_id")).containsExactly("doc/7");
    assertThat(lookup.getHeaders().get("Idempotency-Key")).isNull();
  }

  @Test
  void afterAConnectionFailureTheSameRecoveryApplies() {
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    enqueue(409, duplicate("doc/7", TASK_ID));
    enqueue(200, pageOf(task(TASK_ID, "pending")));
    assertThat(client.tasks().create(WITH_UID).taskId()).isEqualTo(TASK_ID);
  }

  @Test
  void aFirstAttempt409IsADuplicate() {
    enqueue(409, duplicate("doc/7", OTHER_ID));
    assertThatThrownBy(() -> client.tasks().create(WITH_UID))
        .isInstanceOfSatisfying(DuplicateTaskException.class,
            e -> assertThat(e.conflictingTaskId()).isEqualTo(OTHER_ID));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void a409ForAnotherUniqueIdIsNotRecovered() {
    enqueue(503, error(503, "busy"));
    enqueue(409, duplicate("something-else", OTHER_ID));
    assertThatThrownBy(() -> client.tasks().create(WITH_UID))
        .isInstanceOf(DuplicateTaskException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void batchCreateReturnsTheBatchAnEarlierAttemptCreated() throws Exception {
    String batch = "{\"name\":\"b/1\",\"project\":\"p\",\"status\":\"in_progress\"}";
    enqueue(502, error(502, "gateway"));
    enqueue(409, error(409, "Batch \"b/1\" already exists."));
    enqueue(200, batch);
    Batch created = client.batches().create(CreateBatchRequest.builder("p", "b/1").build());
    assertThat(created.name()).isEqualTo("b/1");
    take();
    take();
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v1/batches/b%2F1");
  }

  @Test
  void batchCreateConflictWithoutEarlierFailureIsThrown() {
    enqueue(409, error(409, "Batch \"b/1\" already exists."));
    assertThatThrownBy(() -> client.batches().create(CreateBatchRequest.builder("p", "b/1")
        .build())).isExactlyInstanceOf(ConflictException.class);
  }
}
