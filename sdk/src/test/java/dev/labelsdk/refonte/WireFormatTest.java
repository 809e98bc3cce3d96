package dev.labelsdk.refonte;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.BatchListRequest;
import dev.labelsdk.refonte.model.BatchStatus;
import dev.labelsdk.refonte.model.Categorization;
import dev.labelsdk.refonte.model.ReviewStatus;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskStatus;
import dev.labelsdk.refonte.model.TaskType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** What goes on the wire: methods, paths, query strings, bodies and content types. */
class WireFormatTest extends WireTestBase {

  static final String EMPTY_PAGE =
      "{\"docs\":[],\"total\":0,\"limit\":100,\"offset\":0,\"has_more\":false}";
  static final String BATCH = "{\"name\":\"a b/c\",\"project\":\"p\",\"status\":\"in_progress\","
      + "\"callback\":\"\",\"metadata\":{},\"calibration_batch\":false,\"self_label_batch\":false,"
      + "\"created_at\":\"2024-05-01T12:00:00.000Z\",\"updated_at\":\"2024-05-01T12:00:00.000Z\"}";
  static final String PROJECT = "{\"name\":\"a b/c\",\"type\":\"imageannotation\","
      + "\"created_at\":\"2024-05-01T12:00:00.000Z\",\"param_history\":[{\"version\":0}]}";

  @Test
  void listSendsEveryFilterInItsWireForm() throws Exception {
    enqueue(200, EMPTY_PAGE);
    client.tasks().list(TaskListRequest.builder()
        .startTime(Instant.parse("2024-01-02T03:04:05Z"))
        .endTime(LocalDate.of(2024, 2, 1))
        .completedAfter(Instant.parse("2024-01-02T03:04:05.123Z"))
        .completedBefore(LocalDate.of(2024, 3, 1))
        .updatedAfter(LocalDate.of(2024, 1, 1))
        .updatedBefore(Instant.parse("2024-04-01T00:00:00Z"))
        .status(TaskStatus.COMPLETED)
        .type(TaskType.IMAGE_ANNOTATION)
        .project("kittens")
        .batch("kittens/07")
        .tags("a b", "c+d")
        .uniqueIds("u1", "u,2")
        .customerReviewStatuses(ReviewStatus.ACCEPTED, ReviewStatus.FIXED)
        .limit(50)
        .includeAttachmentUrl(true)
        .limitedResponse(false)
        .nextToken("tok")
        .build());
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/tasks");
    var url = r.getUrl();
    assertThat(url.queryParameter("start_time")).isEqualTo("2024-01-02T03:04:05Z");
    assertThat(url.queryParameter("end_time")).isEqualTo("2024-02-01");
    assertThat(url.queryParameter("completed_after")).isEqualTo("2024-01-02T03:04:05.123Z");
    assertThat(url.queryParameter("completed_before")).isEqualTo("2024-03-01");
    assertThat(url.queryParameter("updated_after")).isEqualTo("2024-01-01");
    assertThat(url.queryParameter("updated_before")).isEqualTo("2024-04-01T00:00:00Z");
    assertThat(url.queryParameter("status")).isEqualTo("completed");
    assertThat(url.queryParameter("type")).isEqualTo("imageannotation");
    assertThat(url.queryParameter("project")).isEqualTo("kittens");
    assertThat(url.queryParameter("batch")).isEqualTo("kittens/07");
    assertThat(url.queryParameterValues("tags")).containsExactly("a b", "c+d");
    assertThat(url.queryParameterValues("unique_id")).containsExactly("u1", "u,2");
    assertThat(url.queryParameterValues("customer_review_status"))
        .containsExactly("accepted,fixed");
    assertThat(url.queryParameter("limit")).isEqualTo("50");
    assertThat(url.queryParameter("include_attachment_url")).isEqualTo("true");
    assertThat(url.queryParameter("limited_response")).isEqualTo("false");
    assertThat(url.queryParameter("next_token")).isEqualTo("tok");
    // A literal '+' must be escaped, or the server would read it as a space.
    assertThat(url.encodedQuery()).contains("tags=c%2Bd").doesNotContain("tags=c+d");
    assertThat(r.getHeaders().get("Content-Type")).isNull();
    assertThat(r.getBodySize()).isZero();
  }

  @Test
  void anEmptyListRequestSendsNoQuery() throws Exception {
    enqueue(200, EMPTY_PAGE);
    client.tasks().list(TaskListRequest.all());
    assertThat(take().getUrl().encodedQuery()).isNull();
  }

  @Test
  void createPostsTheFlatJsonBodyToTheTypePath() throws Exception {
    enqueueTask(TASK_ID, "pending");
    client.tasks().create(Categorization.builder().attachment("https://e.com/a.jpg")
        .categories("big", "small").instruction("Size?").uniqueId("u-1").build());
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/task/categorization");
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(r.getBody().utf8()).isEqualTo("{\"attachment\":\"https://e.com/a.jpg\","
        + "\"categories\":[\"big\",\"small\"],\"instruction\":\"Size?\",\"unique_id\":\"u-1\"}");
  }

  @Test
  void cancelIsABodilessPostWithTheClearFlagOnlyWhenAsked() throws Exception {
    enqueueTask(TASK_ID, "canceled");
    enqueueTask(TASK_ID, "canceled");
    client.tasks().cancel(TASK_ID);
    client.tasks().cancel(TASK_ID, true);
    RecordedRequest plain = take();
    assertThat(plain.getMethod()).isEqualTo("POST");
    assertThat(plain.getTarget()).isEqualTo("/v1/task/" + TASK_ID + "/cancel");
    assertThat(plain.getHeaders().get("Content-Type")).isNull();
    assertThat(plain.getBodySize()).isZero();
    assertThat(take().getTarget()).isEqualTo("/v1/task/" + TASK_ID
        + "/cancel?clear_unique_id=true");
  }

  @Test
  void tagCallsSendRawArraysAndDeleteCarriesABody() throws Exception {
    for (int i = 0; i < 4; i++) {
      enqueueTask(TASK_ID, "pending");
    }
    client.tasks().setTags(TASK_ID, List.of("a", "b"));
    client.tasks().addTags(TASK_ID, List.of("c"));
    client.tasks().deleteTags(TASK_ID, List.of("a"));
    client.tasks().clearTags(TASK_ID);
    RecordedRequest set = take();
    RecordedRequest add = take();
    RecordedRequest delete = take();
    RecordedRequest clear = take();
    assertThat(set.getMethod()).isEqualTo("POST");
    assertThat(set.getBody().utf8()).isEqualTo("[\"a\",\"b\"]");
    assertThat(add.getMethod()).isEqualTo("PUT");
    assertThat(add.getBody().utf8()).isEqualTo("[\"c\"]");
    assertThat(delete.getMethod()).isEqualTo("DELETE");
    assertThat(delete.getUrl().encodedPath()).isEqualTo("/v1/task/" + TASK_ID + "/tags");
    assertThat(delete.getBody().utf8()).isEqualTo("[\"a\"]");
    assertThat(delete.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(clear.getBody().utf8()).isEqualTo("[]");
  }

  @Test
  void metadataUniqueIdAndAuditBodies() throws Exception {
    for (int i = 0; i < 4; i++) {
      enqueueTask(TASK_ID, "completed");
    }
    client.tasks().setMetadata(TASK_ID, Map.of("k", "v"));
    client.tasks().setUniqueId(TASK_ID, "new-id", true, RequestOptions.none());
    client.tasks().clearUniqueId(TASK_ID);
    client.tasks().audit(TASK_ID, false, "wrong box");
    assertThat(take().getBody().utf8()).isEqualTo("{\"k\":\"v\"}");
    assertThat(take().getBody().utf8())
        .isEqualTo("{\"unique_id\":\"new-id\",\"clear_unique_id_on_error\":true}");
    RecordedRequest clear = take();
    assertThat(clear.getMethod()).isEqualTo("DELETE");
    assertThat(clear.getUrl().encodedPath()).endsWith("/unique_id");
    assertThat(clear.getHeaders().get("Content-Type")).isNull();
    assertThat(clear.getBodySize()).isZero();
    RecordedRequest audit = take();
    assertThat(audit.getUrl().encodedPath()).endsWith("/audit");
    assertThat(audit.getBody().utf8()).isEqualTo("{\"accepted\":false,\"comments\":\"wrong box\"}");
  }

  @Test
  void namesWithSlashesAndSpacesArePercentEncodedPerSegment() throws Exception {
    enqueue(200, BATCH);
    enqueue(200, "{\"status\":\"in_progress\",\"pending\":1,\"completed\":2,\"error\":0,"
        + "\"canceled\":0}");
    enqueue(200, BATCH);
    enqueue(200, BATCH);
    enqueue(200, PROJECT);
    enqueue(200, PROJECT);
    client.batches().get("a b/c");
    client.batches().status("a b/c");
    client.batches().finalizeBatch("a b/c");
    client.batches().setMetadata("a b/c", Map.of());
    client.projects().get("a b/c");
    client.projects().setParams("a b/c", Map.of("instruction", "x"));
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v1/batches/a%20b%2Fc");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v1/batches/a%20b%2Fc/status");
    RecordedRequest finalize = take();
    assertThat(finalize.getUrl().encodedPath()).isEqualTo("/v1/batches/a%20b%2Fc/finalize");
    assertThat(finalize.getHeaders().get("Content-Type")).isNull();
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v1/batches/a%20b%2Fc/setMetadata");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v1/projects/a%20b%2Fc");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/v1/projects/a%20b%2Fc/setParams");
  }

  @Test
  void batchListSendsItsFilters() throws Exception {
    enqueue(200, "{\"docs\":[],\"totalDocs\":0,\"total\":0,\"limit\":10,\"offset\":20,"
        + "\"has_more\":false}");
    client.batches().list(BatchListRequest.builder().project("p/1").status(BatchStatus.STAGING)
        .startTime(LocalDate.of(2024, 1, 1)).excludeArchived(true).limit(10).offset(20).build());
    var url = take().getUrl();
    assertThat(url.queryParameter("project")).isEqualTo("p/1");
    assertThat(url.queryParameter("status")).isEqualTo("staging");
    assertThat(url.queryParameter("start_time")).isEqualTo("2024-01-01");
    assertThat(url.queryParameter("exclude_archived")).isEqualTo("true");
    assertThat(url.queryParameter("limit")).isEqualTo("10");
    assertThat(url.queryParameter("offset")).isEqualTo("20");
  }

  @Test
  void extraHeadersFromRequestOptionsAreSent() throws Exception {
    enqueueTask(TASK_ID, "pending");
    client.tasks().get(TASK_ID, RequestOptions.builder().header("X-Trace", "t-1").build());
    RecordedRequest r = take();
    assertThat(r.getHeaders().get("X-Trace")).isEqualTo("t-1");
    assertThat(r.getHeaders().get("Idempotency-Key")).isNull();
  }
}
