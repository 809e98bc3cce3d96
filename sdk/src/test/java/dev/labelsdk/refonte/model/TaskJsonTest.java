package dev.labelsdk.refonte.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TaskJsonTest {

  /** The example of seed 002 / spec §3, plus keys this SDK does not know. */
  static final String COMPLETED = """
      {"task_id": "576ba74eec471ff9b01557cc", "type": "categorization", "status": "completed",
       "created_at": "2016-06-23T09:09:34.752Z", "updated_at": "2016-06-23T09:10:02.798Z",
       "completed_at": "2016-06-23T09:10:02.798Z",
       "instruction": "Would you say this item is big or small?",
       "params": {"attachment_type": "text", "attachment": "car", "categories": ["big", "small"]},
       "callback_url": "http://www.example.com/callback", "callback_completed": true,
       "response": {"category": "big"}, "metadata": {},
       "audits": [{"audited_by": "admin@example.com", "audited_at": "2016-06-24T15:32:03.585Z",
                   "audit_time_secs": 120, "audit_result": "accepted", "audit_source": "customer"}],
       "tags": ["experiment_1", "owner:david"], "unique_id": "product_experiment_dg3d9x83",
       "project": "kitten_labeling", "batch": "kitten_labeling_2020-07",
       "project_param_version": 0, "customer_review_status": "accepted", "times_redone": 2,
       "priority_score": 7, "labeler_notes": {"x": [1, 2]}}
      """;

  static Task parse(String json) throws Exception {
    return Task.fromJson(JsonSupport.parse(json));
  }

  @Test
  void parsesEveryDocumentedField() throws Exception {
    Task t = parse(COMPLETED);
    assertThat(t.taskId()).isEqualTo("576ba74eec471ff9b01557cc");
    assertThat(t.type()).isSameAs(TaskType.CATEGORIZATION);
    assertThat(t.status()).isSameAs(TaskStatus.COMPLETED);
    assertThat(t.createdAt()).isEqualTo(Instant.parse("2016-06-23T09:09:34.752Z"));
    assertThat(t.completedAt()).contains(Instant.parse("2016-06-23T09:10:02.798Z"));
    assertThat(t.instruction()).contains("Would you say this item is big or small?");
    assertThat(t.params().getStringList("categories")).containsExactly("big", "small");
    assertThat(t.attachment()).contains("car");
    assertThat(t.callbackCompleted()).contains(true);
    assertThat(t.response().flatMap(r -> r.getString("category"))).contains("big");
    assertThat(t.metadata().isEmpty()).isTrue();
    assertThat(t.audits()).singleElement().satisfies(a -> {
      assertThat(a.auditResult()).contains("accepted");
      assertThat(a.auditTimeSecs()).contains(120L);
    });
    assertThat(t.tags()).contains(java.util.List.of("experiment_1", "owner:david"));
    assertThat(t.uniqueId()).contains("product_experiment_dg3d9x83");
    assertThat(t.project()).contains("kitten_labeling");
    assertThat(t.batch()).contains("kitten_labeling_2020-07");
    assertThat(t.projectParamVersion()).contains(0);
    assertThat(t.customerReviewStatus()).contains(ReviewStatus.ACCEPTED);
    assertThat(t.timesRedone()).contains(2);
  }

  @Test
  void keepsUnknownKeysAndWritesThemBack() throws Exception {
    Task t = parse(COMPLETED);
    assertThat(t.additionalProperties()).containsOnlyKeys("priority_score", "labeler_notes");
    assertThat(t.toJson()).isEqualTo(JsonSupport.parse(COMPLETED));
    assertThat(t.toBuilder().build()).isEqualTo(t);
  }

  @Test
  void aTaskNeverChangesWithABuilderMadeFromItOrTheBuilderItWasBuiltFrom() throws Exception {
    Task read = parse(COMPLETED);
    Task.Builder copy = read.toBuilder()
        .additionalProperty("priority_score", JsonSupport.parse("8"))
        .additionalProperty("new_key", JsonSupport.parse("true"));
    assertThat(read.additionalProperties().get("priority_score").asInt()).isEqualTo(7);
    assertThat(read.additionalProperties()).doesNotContainKey("new_key");

    Task first = copy.build();
    copy.additionalProperty("after_build", JsonSupport.parse("1"));
    Task second = copy.build();
    assertThat(first.additionalProperties()).doesNotContainKey("after_build");
    assertThat(second.additionalProperties()).containsKey("after_build");
    assertThat(read.toBuilder().build()).isEqualTo(read);
  }

  @Test
  void aTaskWithoutUnknownKeysGetsThemOnlyThroughItsOwnCopies() throws Exception {
    Task read = parse("{\"task_id\": \"t1\", \"status\": \"pending\"}");
    Task built = Task.builder().taskId("t1").status(TaskStatus.PENDING).build();
    assertThat(read.additionalProperties()).isEmpty();
    assertThat(read).isEqualTo(built).hasSameHashCodeAs(built);
    assertThat(read.toJson()).isEqualTo(JsonSupport.parse("{\"task_id\": \"t1\", "
        + "\"status\": \"pending\", \"params\": {}, \"metadata\": {}, \"audits\": []}"));

    Task.Builder copy = read.toBuilder().additionalProperty("new_key", JsonSupport.parse("1"));
    Task changed = copy.build();
    copy.additionalProperty("later", JsonSupport.parse("2"));
    assertThat(read.additionalProperties()).isEmpty();
    assertThat(read.toBuilder().build()).isEqualTo(built);
    assertThat(changed.additionalProperties()).containsOnlyKeys("new_key");
    assertThat(changed).isNotEqualTo(read);
  }

  @Test
  void absentKeysAreEmptyNotNull() throws Exception {
    Task t = parse("""
        {"task_id": "601ba74eec471ff9b01557cc", "type": "imageannotation", "status": "pending",
         "created_at": "2021-06-23T09:09:34.752Z", "instruction": null, "callback_url": null,
         "params": {"attachment": "https://example.com/image.jpg"}, "metadata": {}}
        """);
    assertThat(t.completedAt()).isEmpty();
    assertThat(t.response()).isEmpty();
    assertThat(t.tags()).isEmpty();
    assertThat(t.uniqueId()).isEmpty();
    assertThat(t.callbackCompleted()).isEmpty();
    assertThat(t.instruction()).isEmpty();
    assertThat(t.callbackUrl()).isEmpty();
    assertThat(t.customerReviewStatus()).isEmpty();
    assertThat(t.timesRedone()).isEmpty();
    assertThat(t.audits()).isEmpty();
    assertThat(t.updatedAt()).isEmpty();
  }

  @Test
  void unknownStatusAndTypeValuesDoNotCrash() throws Exception {
    Task t = parse("""
        {"task_id": "601ba74eec471ff9b01557cc", "type": "hologramannotation",
         "status": "on_hold", "created_at": "2021-06-23T09:09:34.752Z"}
        """);
    assertThat(t.status().isKnown()).isFalse();
    assertThat(t.status().value()).isEqualTo("on_hold");
    assertThat(t.status()).isEqualTo(TaskStatus.of("on_hold")).isNotEqualTo(TaskStatus.PENDING);
    assertThat(t.type().isKnown()).isFalse();
    assertThat(t.type().value()).isEqualTo("hologramannotation");
  }

  @Test
  void limitedDocumentsLoadAndSayWhatIsMissing() throws Exception {
    Task t = parse("{\"task_id\": \"601ba74eec471ff9b01557cc\", \"status\": \"pending\","
        + " \"metadata\": {\"k\": 1}}");
    assertThat(t.metadata().getLong("k")).contains(1L);
    assertThatThrownBy(t::type).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("limitedResponse");
    assertThatThrownBy(t::createdAt).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void malformedDocumentsGiveClearMessages() {
    assertThatThrownBy(() -> parse("{\"status\": \"pending\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"task_id\" is missing");
    assertThatThrownBy(() -> parse("{\"task_id\": \"a\", \"status\": \"pending\", \"tags\": \"x\"}"))
        .hasMessageContaining("\"tags\" must be an array");
    assertThatThrownBy(() -> parse("{\"task_id\": \"a\", \"status\": \"pending\","
        + " \"created_at\": \"yesterday\"}")).hasMessageContaining("ISO-8601");
    assertThatThrownBy(() -> parse("[1]")).hasMessageContaining("must be a JSON object");
  }

  @Test
  void worksWithAPlainObjectMapper() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Task t = mapper.readValue(COMPLETED, Task.class);
    assertThat(t.taskId()).isEqualTo("576ba74eec471ff9b01557cc");
    assertThat(mapper.readTree(mapper.writeValueAsString(t)))
        .isEqualTo(mapper.readTree(COMPLETED));
  }

  @Test
  void allThirtyTwoTaskTypesAreKnownAndCaseInsensitive() {
    assertThat(TaskType.knownValues()).hasSize(32);
    assertThat(TaskType.of("ImageAnnotation")).isSameAs(TaskType.IMAGE_ANNOTATION);
    assertThat(TaskType.of("videoplaybackannotation")).isSameAs(TaskType.VIDEO_PLAYBACK_ANNOTATION);
    assertThat(TaskType.of("audiotranscription").isKnown()).isTrue();
  }

  @Test
  void parsesPagesBatchesAndProjects() throws Exception {
    TaskPage page = TaskPage.fromJson(JsonSupport.parse("{\"docs\": [], \"total\": 25,"
        + " \"limit\": 10, \"offset\": 0, \"has_more\": true, \"next_token\": \"abc\"}"));
    assertThat(page.total()).isEqualTo(25);
    assertThat(page.nextToken()).contains("abc");
    TaskPage last = TaskPage.fromJson(JsonSupport.parse("{\"docs\": [], \"total\": 0,"
        + " \"limit\": 10, \"offset\": 0, \"has_more\": false, \"next_token\": null}"));
    assertThat(last.nextToken()).isEmpty();

    Batch batch = Batch.fromJson(JsonSupport.parse("""
        {"name": "b/1", "project": "p", "status": "in_progress", "callback": "",
         "metadata": {}, "calibration_batch": false, "self_label_batch": false,
         "created_at": "2020-07-01T10:00:00.000Z", "updated_at": "2020-07-01T10:00:00.000Z",
         "new_field": 1}"""));
    assertThat(batch.status()).isSameAs(BatchStatus.IN_PROGRESS);
    assertThat(batch.callback()).isEmpty();
    assertThat(batch.additionalProperties()).containsOnlyKeys("new_field");

    Project project = Project.fromJson(JsonSupport.parse("""
        {"name": "kittens", "type": "imageannotation", "created_at": "2020-07-01T10:00:00.000Z",
         "archived": false, "param_history": [
           {"version": 0, "created_at": "2020-07-01T10:00:00.000Z", "instruction": "v0"},
           {"version": 1, "created_at": "2020-07-02T10:00:00.000Z", "instruction": "v1"}]}"""));
    assertThat(project.type()).isSameAs(TaskType.IMAGE_ANNOTATION);
    assertThat(project.currentParams().flatMap(ProjectParamVersion::instruction)).contains("v1");
    assertThat(project.currentParams().get().params().keys()).containsExactly("instruction");
  }
}
