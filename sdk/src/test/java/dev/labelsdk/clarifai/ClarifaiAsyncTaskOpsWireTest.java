package dev.labelsdk.clarifai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.TaskCounts;
import dev.labelsdk.clarifai.model.WorkerCounts;
import java.time.Duration;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code clarifai.async().tasks()} status changes and counts on the wire: each sends its sync
 * twin's request and decodes the same answer, with retries waiting on the scheduler.
 */
class ClarifaiAsyncTaskOpsWireTest extends ClarifaiWireTestBase {

  static final String COUNTS = "\"app_id\":\"app1\",\"task_id\":\"" + TASK_ID + "\","
      + "\"counts\":[{\"user_id\":\"u1\",\"pending\":2,\"awaiting_review\":1,\"success\":3,"
      + "\"review_denied\":0,\"awaiting_consensus_review\":0},{\"worker\":{\"user\":"
      + "{\"id\":\"u2\"}},\"pending\":1}]";

  TaskResourceAsync tasks;

  @BeforeEach
  void asyncClient() {
    tasks = client.async().tasks();
  }

  static String taskWithStatus(int code) {
    return task(TASK_ID).replace("\"status\":{\"code\":54001,\"description\":\"Task in progress\"}",
        "\"status\":{\"code\":" + code + "}");
  }

  void assertStatusPatch(RecordedRequest r, String code) throws Exception {
    assertThat(body(r)).isEqualTo(json("{\"action\":\"merge\",\"tasks\":[{\"id\":\"" + TASK_ID
        + "\",\"status\":{\"code\":\"" + code + "\"}}]}"));
  }

  @Test
  void statusChangesMergeOnlyTheStatusAndDecodeTheTask() throws Exception {
    enqueueOk("\"tasks\":[" + taskWithStatus(54002) + "]");
    assertThat(await(tasks.markDone(TASK_ID)).status().orElseThrow().code())
        .isEqualTo(StatusCode.TASK_DONE);
    assertStatusPatch(take("PATCH", "/tasks"), "TASK_DONE");

    enqueueOk("\"tasks\":[" + taskWithStatus(54003) + "]");
    assertThat(await(tasks.markWontDo(TASK_ID)).status().orElseThrow().code())
        .isEqualTo(StatusCode.TASK_WONT_DO);
    assertStatusPatch(take("PATCH", "/tasks"), "TASK_WONT_DO");

    enqueueOk("\"tasks\":[" + taskWithStatus(54001) + "]");
    assertThat(await(tasks.reopen(TASK_ID)).status().orElseThrow().code())
        .isEqualTo(StatusCode.TASK_IN_PROGRESS);
    assertStatusPatch(take("PATCH", "/tasks"), "TASK_IN_PROGRESS");

    enqueueOk("\"tasks\":[" + taskWithStatus(54002) + "]");
    assertThat(await(tasks.setStatus(TASK_ID, StatusCode.TASK_DONE)).id()).isEqualTo(TASK_ID);
    assertStatusPatch(take("PATCH", "/tasks"), "TASK_DONE");
  }

  @Test
  void countsSendTheWorkersAsRepeatedKeysAndDecodeEachWorker() throws Exception {
    enqueueOk(COUNTS);
    TaskCounts annotations = await(tasks.annotationCounts(TASK_ID, "u1", "u2"));
    assertThat(annotations.taskId()).isEqualTo(TASK_ID);
    assertThat(annotations.counts()).extracting(WorkerCounts::userId).containsExactly("u1", "u2");
    assertThat(annotations.of("u1").orElseThrow().total()).isEqualTo(6);
    RecordedRequest r = take("GET", "/tasks/" + TASK_ID + "/annotations/count");
    assertThat(r.getUrl().encodedQuery()).isEqualTo("user_ids=u1&user_ids=u2");

    enqueueOk(COUNTS);
    TaskCounts inputs = await(tasks.inputCounts(TASK_ID));
    assertThat(inputs.of("u2").orElseThrow().pending()).isEqualTo(1);
    assertThat(take("GET", "/tasks/" + TASK_ID + "/inputs/count").getUrl().encodedQuery())
        .isNull();
  }

  @Test
  void aStatusChangeIsRetriedOnceAfterA502WaitingOnTheScheduler() throws Exception {
    enqueue(502, "bad gateway");
    enqueueOk("\"tasks\":[" + taskWithStatus(54002) + "]");
    assertThat(await(tasks.markDone(TASK_ID)).status().orElseThrow().code())
        .isEqualTo(StatusCode.TASK_DONE);
    take("PATCH", "/tasks");
    RecordedRequest retry = take("PATCH", "/tasks");
    assertThat(retry.getHeaders().get("X-Retry-Count")).isEqualTo("1");
    assertStatusPatch(retry, "TASK_DONE");
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(250));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void errorsMapToTheSyncClientsExceptions() {
    enqueue(404, error(54002, "Resource does not exist", "task not found"));
    assertThatThrownBy(() -> await(tasks.inputCounts(TASK_ID)))
        .hasCauseExactlyInstanceOf(NotFoundException.class);
    assertThat(server.getRequestCount()).as("4xx not retried").isEqualTo(1);
  }

  @Test
  void argumentsThatCanNeverWorkThrowBeforeAnythingIsSent() {
    assertThatThrownBy(() -> tasks.setStatus(TASK_ID, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> tasks.annotationCounts(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
