package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.mock.refonte.RefonteConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The task endpoints of the Refonte API over HTTP (spec §3, §4.2 to §4.9). */
class RefonteTasksHttpTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withRefonte(RefonteConfig.builder().rateLimit(RateLimit.UNLIMITED).build());

  private Http live;
  private Http test;

  @BeforeEach
  void clients() {
    live = new Http(mock.refonteBaseUrl(), "live_alice");
    test = new Http(mock.refonteBaseUrl(), "test_alice");
  }

  static final String CATEGORIZATION =
      "{\"instruction\":\"Big or small?\",\"attachment_type\":\"text\",\"attachment\":\"car\","
          + "\"categories\":[\"big\",\"small\"],\"callback_url\":\"http://example.com/cb\"}";

  @Test
  void createAnswersThePendingTaskWithTopLevelFieldsAndVerbatimParams() {
    Http.Response r = live.post("/task/categorization",
        "{\"instruction\":\"Big?\",\"attachment_type\":\"text\",\"attachment\":\"car\","
            + "\"categories\":[\"big\",\"small\"],\"metadata\":{\"run\":7,\"ratio\":1.10},"
            + "\"tags\":[\"a\",\"b\",\"a\"],\"unique_id\":\"u-1\",\"priority\":30,\"project\":\"p1\"}");

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(r.header("X-Request-Id")).startsWith("req_");
    JsonNode t = r.json();
    assertThat(t.get("task_id").asText()).matches("[0-9a-f]{24}");
    assertThat(t.get("status").asText()).isEqualTo("pending");
    assertThat(t.get("type").asText()).isEqualTo("categorization");
    assertThat(t.get("instruction").asText()).isEqualTo("Big?");
    assertThat(t.get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    assertThat(t.get("updated_at")).isEqualTo(t.get("created_at"));
    assertThat(t.get("params").toString())
        .isEqualTo("{\"attachment_type\":\"text\",\"attachment\":\"car\",\"categories\":[\"big\",\"small\"],\"priority\":30}");
    assertThat(r.text()).contains("\"metadata\":{\"run\":7,\"ratio\":1.10}");
    assertThat(t.get("tags").toString()).isEqualTo("[\"a\",\"b\"]");
    assertThat(t.get("unique_id").asText()).isEqualTo("u-1");
    assertThat(t.get("project").asText()).isEqualTo("p1");
    assertThat(t.get("callback_url").isNull()).isTrue();
    assertThat(t.get("project_param_version").isNull()).isTrue();
    assertThat(t.get("audits").toString()).isEqualTo("[]");
    assertThat(t.has("completed_at")).isFalse();
    assertThat(t.has("response")).isFalse();
    assertThat(t.has("callback_completed")).isFalse();
    assertThat(t.has("batch")).isFalse();
  }

  @Test
  void aNewTaskWithoutTagsOrUniqueIdHasNeitherKeyAndEmptyMetadata() {
    JsonNode t = live.post("/task/categorization", CATEGORIZATION).json();
    assertThat(t.has("tags")).isFalse();
    assertThat(t.has("unique_id")).isFalse();
    assertThat(t.get("metadata").toString()).isEqualTo("{}");
  }

  @Test
  void testKeyTasksAnswerPendingThenReadBackCompletedWithTheSameFields() {
    JsonNode created = test.post("/task/categorization", CATEGORIZATION).json();
    assertThat(created.get("status").asText()).isEqualTo("pending");

    JsonNode read = test.get("/task/" + created.get("task_id").asText()).json();

    assertThat(read.get("status").asText()).isEqualTo("completed");
    assertThat(read.get("response").toString()).isEqualTo("{\"category\":\"big\"}");
    assertThat(read.get("completed_at")).isEqualTo(read.get("updated_at"));
    for (String field : List.of("created_at", "instruction", "callback_url", "params", "metadata", "type")) {
      assertThat(read.get(field)).as(field).isEqualTo(created.get(field));
    }
  }

  @Test
  void testKeyTaskCannotBeCanceledAfterItsCreate() {
    String id = test.post("/task/categorization", CATEGORIZATION).json().get("task_id").asText();
    Http.Response cancel = test.post("/task/" + id + "/cancel", null);
    assertThat(cancel.status()).isEqualTo(400);
    assertThat(cancel.error()).isEqualTo("Task " + id + " is already completed and cannot be canceled.");
  }

  @Test
  void liveTasksStayPendingUntilTheControlPlaneCompletesThem() {
    String id = live.post("/task/imageannotation",
        "{\"attachment\":\"http://i.imgur.com/x.jpg\",\"geometries\":{\"box\":{\"objects_to_annotate\":[\"car\"]}}}")
        .json().get("task_id").asText();
    assertThat(live.get("/task/" + id).json().get("status").asText()).isEqualTo("pending");

    mock.refonte().complete(id, java.util.Map.of("annotations", List.of()));

    JsonNode done = live.get("/task/" + id).json();
    assertThat(done.get("status").asText()).isEqualTo("completed");
    assertThat(done.get("response").toString()).isEqualTo("{\"annotations\":[]}");
  }

  @Test
  void unknownMalformedOrForeignTaskIdsAre404() {
    String id = live.post("/task/categorization", CATEGORIZATION).json().get("task_id").asText();
    Http.Response foreign = live.as("live_bob").get("/task/" + id);
    assertThat(foreign.status()).isEqualTo(404);
    assertThat(foreign.error()).isEqualTo("Task " + id + " not found.");
    assertThat(live.get("/task/fake_id_qwertyuiop").status()).isEqualTo(404);
    assertThat(live.as("live_bob").post("/task/" + id + "/cancel", null).status()).isEqualTo(404);
    assertThat(live.as("live_bob").post("/task/" + id + "/tags", "[\"x\"]").status()).isEqualTo(404);
  }

  @Test
  void uniqueIdIsUniquePerTenantAcrossTypesAndNamesTheHolder() {
    String first = live.post("/task/categorization",
        CATEGORIZATION.replace("{", "{\"unique_id\":\"s3://bucket/file.png\",")).json().get("task_id").asText();

    Http.Response dup = live.post("/task/transcription",
        "{\"attachment\":\"http://x/y.png\",\"unique_id\":\"s3://bucket/file.png\",\"project\":\"other\"}");

    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.error()).isEqualTo(
        "The unique_id (\"s3://bucket/file.png\") is already used for a different task (" + first + ").");
    assertThat(live.as("live_bob").post("/task/categorization",
        CATEGORIZATION.replace("{", "{\"unique_id\":\"s3://bucket/file.png\",")).status()).isEqualTo(200);
    JsonNode holder = live.get("/tasks?unique_id=s3://bucket/file.png").json();
    assertThat(holder.get("total").asInt()).isEqualTo(1);
    assertThat(holder.get("docs").get(0).get("task_id").asText()).isEqualTo(first);
  }

  @Test
  void cancelIsIdempotentAndCanFreeTheUniqueId() {
    String id = live.post("/task/categorization", CATEGORIZATION.replace("{", "{\"unique_id\":\"k\",")).json()
        .get("task_id").asText();

    JsonNode canceled = live.post("/task/" + id + "/cancel", null).json();
    assertThat(canceled.get("status").asText()).isEqualTo("canceled");
    assertThat(canceled.get("unique_id").asText()).isEqualTo("k");
    assertThat(live.post("/task/categorization", CATEGORIZATION.replace("{", "{\"unique_id\":\"k\",")).status())
        .isEqualTo(409);

    JsonNode again = live.post("/task/" + id + "/cancel?clear_unique_id=True", "").json();
    assertThat(again.get("status").asText()).isEqualTo("canceled");
    assertThat(again.has("unique_id")).isFalse();
    assertThat(live.post("/task/categorization", CATEGORIZATION.replace("{", "{\"unique_id\":\"k\",")).status())
        .isEqualTo(200);
  }

  @Test
  void cancelOfAnErroredTaskIs400AndChangesNothing() {
    String id = live.post("/task/categorization", CATEGORIZATION).json().get("task_id").asText();
    mock.refonte().error(id, "attachment could not be fetched");
    JsonNode before = live.get("/task/" + id).json();

    assertThat(live.post("/task/" + id + "/cancel?clear_unique_id=true", null).status()).isEqualTo(400);

    assertThat(live.get("/task/" + id).json()).isEqualTo(before);
    assertThat(before.get("response").toString()).isEqualTo("{\"error\":\"attachment could not be fetched\"}");
  }

  @Test
  void clearUniqueIdOnErrorFreesTheValueWhenTheTaskErrors() {
    String body = CATEGORIZATION.replace("{", "{\"unique_id\":\"scene-9\",\"clear_unique_id_on_error\":true,");
    String id = live.post("/task/categorization", body).json().get("task_id").asText();

    JsonNode errored = mock.refonte().error(id, "bad attachment");

    assertThat(errored.has("unique_id")).isFalse();
    assertThat(errored.get("clear_unique_id_on_error").asBoolean()).isTrue();
    assertThat(live.post("/task/categorization", body).status()).isEqualTo(200);
  }

  @Test
  void setMetadataReplacesTheWholeObjectAndIsIdempotent() {
    String id = live.post("/task/categorization", CATEGORIZATION.replace("{", "{\"metadata\":{\"a\":1},")).json()
        .get("task_id").asText();
    mock.server().advanceClock(Duration.ofSeconds(5));

    JsonNode first = live.post("/task/" + id + "/setMetadata", "{\"b\":2}").json();
    mock.server().advanceClock(Duration.ofSeconds(5));
    JsonNode second = live.post("/task/" + id + "/setMetadata", "{\"b\":2}").json();

    assertThat(first.get("metadata").toString()).isEqualTo("{\"b\":2}");
    assertThat(first.get("updated_at")).isNotEqualTo(first.get("created_at"));
    assertThat(second).isEqualTo(first); // nothing changed, so updated_at stays
    assertThat(live.post("/task/" + id + "/setMetadata", "").json().get("metadata").toString()).isEqualTo("{}");
  }

  @Test
  void metadataAbove10KbIsRefusedAndNothingChanges() {
    String id = live.post("/task/categorization", CATEGORIZATION).json().get("task_id").asText();
    String big = "{\"blob\":\"" + "x".repeat(10 * 1024) + "\"}";

    Http.Response r = live.post("/task/" + id + "/setMetadata", big);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.error()).contains("at most 10240 bytes");
    assertThat(live.get("/task/" + id).json().get("metadata").toString()).isEqualTo("{}");
    assertThat(live.post("/task/categorization", CATEGORIZATION.replace("{", "{\"metadata\":" + big + ",")).status())
        .isEqualTo(400);
  }

  @Test
  void uniqueIdCanBeSetReplacedAndDeleted() {
    String a = live.post("/task/categorization", CATEGORIZATION.replace("{", "{\"unique_id\":\"a\",")).json()
        .get("task_id").asText();
    String b = live.post("/task/categorization", CATEGORIZATION).json().get("task_id").asText();

    Http.Response taken = live.post("/task/" + b + "/unique_id", "{\"unique_id\":\"a\"}");
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.error()).endsWith("(" + a + ").");

    assertThat(live.post("/task/" + a + "/unique_id", "{\"unique_id\":\"a2\"}").json().get("unique_id").asText())
        .isEqualTo("a2");
    assertThat(live.post("/task/" + b + "/unique_id", "{\"unique_id\":\"a\"}").status()).isEqualTo(200);
    JsonNode cleared = live.delete("/task/" + b + "/unique_id", null).json();
    assertThat(cleared.has("unique_id")).isFalse();
    assertThat(live.delete("/task/" + b + "/unique_id", "").status()).isEqualTo(200);
    assertThat(live.post("/task/" + b + "/unique_id", "{\"unique_id\":\"\"}").status()).isEqualTo(400);
    assertThat(live.post("/task/" + b + "/unique_id", "[\"a\"]").status()).isEqualTo(400);
  }

  @Test
  void tagsAreSetAddedAndRemovedInOrder() {
    String id = live.post("/task/categorization", CATEGORIZATION).json().get("task_id").asText();

    assertThat(live.post("/task/" + id + "/tags", "[\"t1\",\"t2\",\"t3\",\"t1\"]").json().get("tags").toString())
        .isEqualTo("[\"t1\",\"t2\",\"t3\"]");
    assertThat(live.put("/task/" + id + "/tags", "[\"t3\",\"t4\"]").json().get("tags").toString())
        .isEqualTo("[\"t1\",\"t2\",\"t3\",\"t4\"]");
    assertThat(live.delete("/task/" + id + "/tags", "[\"t1\",\"t2\",\"zz\"]").json().get("tags").toString())
        .isEqualTo("[\"t3\",\"t4\"]");
    assertThat(live.delete("/task/" + id + "/tags", "[]").json().get("tags").toString())
        .isEqualTo("[\"t3\",\"t4\"]");
    assertThat(live.delete("/task/" + id + "/tags", null).json().get("tags").toString()).isEqualTo("[]");
  }

  @Test
  void tagLimitsAreCheckedBeforeAnyChangeAndNeverAnswer409() {
    String id = live.post("/task/categorization", CATEGORIZATION.replace("{", "{\"tags\":[\"a\",\"b\",\"c\"],"))
        .json().get("task_id").asText();

    assertThat(live.put("/task/" + id + "/tags", "[\"d\",\"e\",\"f\"]").status()).isEqualTo(400);
    assertThat(live.post("/task/" + id + "/tags", "[\"ok\",\"  \"]").status()).isEqualTo(400);
    assertThat(live.post("/task/" + id + "/tags", "[\"ok\",null]").status()).isEqualTo(400);
    assertThat(live.post("/task/" + id + "/tags", "{\"tags\":[\"x\"]}").status()).isEqualTo(400);
    assertThat(live.post("/task/" + id + "/tags", null).status()).isEqualTo(400);
    assertThat(live.get("/task/" + id).json().get("tags").toString()).isEqualTo("[\"a\",\"b\",\"c\"]");
    assertThat(live.post("/task/categorization",
        CATEGORIZATION.replace("{", "{\"tags\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\"],")).status()).isEqualTo(400);
  }

  @Test
  void auditRecordsTheReviewOnCompletedTasksOnly() {
    String id = live.post("/task/categorization", CATEGORIZATION).json().get("task_id").asText();
    assertThat(live.post("/task/" + id + "/audit", "{\"accepted\":true}").status()).isEqualTo(400);
    mock.refonte().complete(id);

    JsonNode rejected = live.post("/task/" + id + "/audit", "{\"accepted\":false,\"comments\":\"wrong box\"}").json();
    JsonNode accepted = live.post("/task/" + id + "/audit", "{\"accepted\":true,\"comments\":null}").json();

    assertThat(rejected.get("customer_review_status").asText()).isEqualTo("rejected");
    assertThat(accepted.get("customer_review_status").asText()).isEqualTo("accepted");
    assertThat(accepted.get("status").asText()).isEqualTo("completed");
    JsonNode audits = accepted.get("audits");
    assertThat(audits).hasSize(2);
    assertThat(audits.get(0).get("audit_result").asText()).isEqualTo("accepted");
    assertThat(audits.get(0).get("audit_source").asText()).isEqualTo("customer");
    assertThat(audits.get(0).get("audited_by").asText()).isEqualTo("customer@example.com");
    assertThat(audits.get(0).get("audit_time_secs").asInt()).isZero();
    assertThat(audits.get(1).get("comments").asText()).isEqualTo("wrong box");
    assertThat(live.post("/task/" + id + "/audit", "{\"accepted\":\"yes\"}").status()).isEqualTo(400);
  }

  @Test
  void everyTaskTypeOfTheSpecCanBeCreated() {
    List<String> failures = new ArrayList<>();
    for (String type : dev.labelsdk.mock.refonte.TaskTypes.ALL) {
      String body = switch (type) {
        case "namedentityrecognition" -> "{\"text\":\"Alice met Bob\",\"labels\":[{\"name\":\"PERSON\"}]}";
        case "comparison" -> "{\"attachments\":[\"http://x/a.png\",\"http://x/b.png\"],\"choices\":[\"a\",\"b\"]}";
        case "categorization" -> "{\"attachment\":\"http://x/a.png\",\"categories\":[\"x\"]}";
        default -> "{\"attachment\":\"http://x/a.png\"}";
      };
      Http.Response r = live.post("/task/" + type.toUpperCase(), body);
      if (r.status() != 200 || !r.json().get("type").asText().equals(type)) {
        failures.add(type + " -> " + r.status() + " " + r.text());
      }
    }
    assertThat(failures).isEmpty();
  }
}
