package dev.labelsdk.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.core.RecordingScheduler;
import dev.labelsdk.refonte.model.InvalidRequestException;
import dev.labelsdk.refonte.model.Limits;
import dev.labelsdk.refonte.model.Task;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code client.async().tasks()} metadata, unique_id, tag and audit calls on the wire: each
 * sends its sync twin's request and decodes the same task, with retries on the scheduler.
 */
class AsyncTaskOpsWireTest extends WireTestBase {

  static final String PATH = "/v1/task/" + TASK_ID;

  final RecordingScheduler scheduler = RecordingScheduler.immediate();
  TaskResourceAsync tasks;

  @BeforeEach
  void asyncClient() {
    client.close();
    client = builder().scheduler(scheduler).build();
    tasks = client.async().tasks();
  }

  /** A task answer with extra fields, e.g. {@code "tags":["a"]}. */
  static String taskWith(String fields) {
    String plain = task(TASK_ID, "pending");
    return plain.substring(0, plain.length() - 1) + "," + fields + "}";
  }

  @Test
  void metadataAndUniqueIdCallsSendTheirRequestsAndDecodeTheTask() throws Exception {
    enqueue(200, task(TASK_ID, "pending").replace("\"metadata\":{}", "\"metadata\":{\"k\":1}"));
    Task withMetadata = await(tasks.setMetadata(TASK_ID, Map.of("k", 1)));
    assertThat(withMetadata.metadata().getLong("k")).contains(1L);
    assertThat(take("POST", PATH + "/setMetadata").getBody().utf8()).isEqualTo("{\"k\":1}");

    enqueue(200, taskWith("\"unique_id\":\"u-1\",\"clear_unique_id_on_error\":true"));
    Task unique = await(tasks.setUniqueId(TASK_ID, "u-1", true, null));
    assertThat(unique.uniqueId()).contains("u-1");
    assertThat(unique.clearUniqueIdOnError()).isTrue();
    assertThat(take("POST", PATH + "/unique_id").getBody().utf8())
        .isEqualTo("{\"unique_id\":\"u-1\",\"clear_unique_id_on_error\":true}");

    enqueue(200, taskWith("\"unique_id\":\"u-2\""));
    await(tasks.setUniqueId(TASK_ID, "u-2"));
    assertThat(take("POST", PATH + "/unique_id").getBody().utf8())
        .isEqualTo("{\"unique_id\":\"u-2\"}");

    enqueue(200, task(TASK_ID, "pending"));
    assertThat(await(tasks.clearUniqueId(TASK_ID)).uniqueId()).isEmpty();
    take("DELETE", PATH + "/unique_id");
  }

  @Test
  void tagCallsSendTheirMethodsAndTagsAndDecodeTheTask() throws Exception {
    enqueue(200, taskWith("\"tags\":[\"a\",\"b\"]"));
    assertThat(await(tasks.setTags(TASK_ID, List.of("a", "b"))).tags())
        .contains(List.of("a", "b"));
    assertThat(take("POST", PATH + "/tags").getBody().utf8()).isEqualTo("[\"a\",\"b\"]");

    enqueue(200, taskWith("\"tags\":[\"a\",\"b\",\"c\"]"));
    assertThat(await(tasks.addTags(TASK_ID, List.of("c"))).tags())
        .contains(List.of("a", "b", "c"));
    assertThat(take("PUT", PATH + "/tags").getBody().utf8()).isEqualTo("[\"c\"]");

    enqueue(200, taskWith("\"tags\":[]"));
    assertThat(await(tasks.deleteTags(TASK_ID, List.of())).tags()).contains(List.of());
    assertThat(take("DELETE", PATH + "/tags").getBody().utf8()).isEqualTo("[]");
  }

  @Test
  void auditSendsItsVerdictOnceAndDecodesTheAuditRecord() throws Exception {
    enqueue(200, taskWith("\"audits\":[{\"audit_result\":\"accepted\",\"comments\":\"ok\"}]")
        .replace("\"audits\":[],", ""));
    Task audited = await(tasks.audit(TASK_ID, true, "ok"));
    assertThat(audited.audits()).singleElement()
        .satisfies(a -> assertThat(a.comments()).contains("ok"));
    assertThat(take("POST", PATH + "/audit").getBody().utf8())
        .isEqualTo("{\"accepted\":true,\"comments\":\"ok\"}");

    enqueue(502, error(502, "gateway"));
    assertThatThrownBy(() -> await(tasks.audit(TASK_ID, false, null)))
        .hasCauseExactlyInstanceOf(ServerException.class);
    assertThat(take("POST", PATH + "/audit").getBody().utf8())
        .isEqualTo("{\"accepted\":false,\"comments\":null}");
    assertThat(server.getRequestCount()).as("an audit is never sent twice").isEqualTo(2);
    assertThat(scheduler.delays()).isEmpty();
  }

  @Test
  void aTagCallIsRetriedOnceAfterA502WaitingOnTheScheduler() throws Exception {
    enqueue(502, error(502, "gateway"));
    enqueue(200, taskWith("\"tags\":[\"a\"]"));
    assertThat(await(tasks.addTags(TASK_ID, List.of("a"))).tags()).contains(List.of("a"));
    take("PUT", PATH + "/tags");
    assertThat(take("PUT", PATH + "/tags").getBody().utf8()).isEqualTo("[\"a\"]");
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(250));
    assertThat(sleeper.sleeps()).as("the blocking sleeper is never used").isEmpty();
  }

  @Test
  void errorsMapToTheSyncClientsExceptionsAndAreNotRetried() {
    enqueue(404, error(404, "Task not found"));
    assertThatThrownBy(() -> await(tasks.clearUniqueId(TASK_ID)))
        .hasCauseExactlyInstanceOf(NotFoundException.class);
    enqueue(400, error(400, "bad unique_id"));
    assertThatThrownBy(() -> await(tasks.setUniqueId(TASK_ID, "u")))
        .hasCauseExactlyInstanceOf(BadRequestException.class);
    assertThat(server.getRequestCount()).as("4xx not retried").isEqualTo(2);
  }

  @Test
  void argumentsThatCanNeverWorkThrowBeforeAnythingIsSent() {
    assertThatThrownBy(() -> tasks.setMetadata(TASK_ID,
        Map.of("k", "x".repeat(Limits.MAX_METADATA_BYTES + 1))))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> tasks.setUniqueId(TASK_ID, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> tasks.addTags(TASK_ID, List.of(" ")))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> tasks.audit("", true, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
