package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import dev.labelsdk.clarifai.model.Annotation;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.clarifai.model.Dataset;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.InputSourceType;
import dev.labelsdk.clarifai.model.Region;
import dev.labelsdk.clarifai.model.TaskAssignment;
import dev.labelsdk.clarifai.model.TaskType;
import dev.labelsdk.clarifai.model.TaskWorker;
import dev.labelsdk.refonte.model.Audit;
import dev.labelsdk.refonte.model.Batch;
import dev.labelsdk.refonte.model.FileInfo;
import dev.labelsdk.refonte.model.Project;
import dev.labelsdk.refonte.model.TeamMember;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What databinding must keep for users of both APIs: keys this SDK does not model survive a
 * read and a write on every model family, equality never serializes, and each API keeps its own
 * rule for absent and {@code null} keys.
 */
class ModelBindingTest {

  private static final String UNKNOWN = "\"zz_new\":{\"n\":1,\"list\":[true]}";

  static JsonNode json(String text) throws Exception {
    return JsonSupport.parse(text);
  }

  /** Reads {@code body} plus an unknown key, and checks the key is kept and written back. */
  private static <T> void roundTrips(String body, Function<JsonNode, T> read,
      Function<T, Map<String, JsonNode>> extras, Function<T, ObjectNode> write)
      throws Exception {
    String withUnknown = body.isEmpty() ? "{" + UNKNOWN + "}"
        : body.substring(0, body.length() - 1) + "," + UNKNOWN + "}";
    T model = read.apply(json(withUnknown));
    assertThat(extras.apply(model)).as(body).containsOnlyKeys("zz_new");
    assertThat(extras.apply(model).get("zz_new")).isEqualTo(json("{\"n\":1,\"list\":[true]}"));
    assertThat(write.apply(model).get("zz_new")).as(body).isEqualTo(extras.apply(model)
        .get("zz_new"));
    assertThat(read.apply(write.apply(model))).as("read back").isEqualTo(model);
  }

  @Test
  void unknownKeysRoundTripOnEveryClarifaiModel() throws Exception {
    roundTrips("{\"id\":\"t1\",\"worker\":{\"strategy\":\"FULL\"}}",
        dev.labelsdk.clarifai.model.Task::fromJson,
        dev.labelsdk.clarifai.model.Task::additionalProperties,
        dev.labelsdk.clarifai.model.Task::toJson);
    roundTrips("{\"strategy\":\"PARTITIONED\",\"user_ids\":[\"u1\"]}", TaskWorker::fromJson,
        TaskWorker::additionalProperties, w -> w.toJson(
            dev.labelsdk.clarifai.model.UserListForm.USER_IDS));
    roundTrips("{\"id\":\"water\",\"value\":1}", Concept::fromJson,
        Concept::additionalProperties, Concept::toJson);
    roundTrips("{\"id\":\"in1\",\"data\":{\"text\":{\"raw\":\"a\"}}}", Input::fromJson,
        Input::additionalProperties, Input::toJson);
    roundTrips("{\"text\":{\"raw\":\"a\"}}", dev.labelsdk.clarifai.model.Data::fromJson,
        dev.labelsdk.clarifai.model.Data::additionalProperties,
        dev.labelsdk.clarifai.model.Data::toJson);
    roundTrips("{\"id\":\"a1\",\"input_id\":\"in1\"}", Annotation::fromJson,
        Annotation::additionalProperties, Annotation::toJson);
    roundTrips("{\"id\":\"r1\",\"region_info\":{\"bounding_box\":{\"top_row\":0.1}}}",
        Region::fromJson, Region::additionalProperties, Region::toJson);
    roundTrips("{\"id\":\"d1\"}", Dataset::fromJson, Dataset::additionalProperties,
        Dataset::toJson);
    roundTrips("{\"id\":\"as1\",\"status\":{\"code\":54200}}", TaskAssignment::fromJson,
        TaskAssignment::additionalProperties, TaskAssignment::toJson);
  }

  @Test
  void aTaskSendsOnlyTheCodeOfItsStatus() throws Exception {
    dev.labelsdk.clarifai.model.Task task = dev.labelsdk.clarifai.model.Task.fromJson(json(
        "{\"id\":\"t1\",\"status\":{\"code\":54001,\"description\":\"Task in progress\"}}"));
    assertThat(task.status().orElseThrow().description()).isEqualTo("Task in progress");
    assertThat(task.toJson().get("status")).isEqualTo(json("{\"code\":\"TASK_IN_PROGRESS\"}"));
  }

  @Test
  void nestedUnknownKeysRoundTripToo() throws Exception {
    dev.labelsdk.clarifai.model.Task task = dev.labelsdk.clarifai.model.Task.fromJson(json(
        "{\"worker\":{\"strategy\":2,\"partitioned_strategy_info\":{\"type\":1,\"zz\":5}},"
        + "\"review\":{\"strategy\":3,\"consensus_strategy_info\":{\"approval_threshold\":2,"
        + "\"zz\":6}}}"));
    ObjectNode written = task.toBuilder().name("renamed").build().toJson();
    assertThat(written.at("/worker/partitioned_strategy_info/zz").asInt()).isEqualTo(5);
    assertThat(written.at("/review/consensus_strategy_info/zz").asInt()).isEqualTo(6);
    Region region = Region.fromJson(json("{\"region_info\":{\"zz\":1},\"data\":{\"zz\":2}}"));
    assertThat(region.toJson().at("/region_info/zz").asInt()).isEqualTo(1);
    assertThat(region.toJson().at("/data/zz").asInt()).isEqualTo(2);
  }

  @Test
  void unknownKeysRoundTripOnEveryRefonteModel() throws Exception {
    roundTrips("{\"task_id\":\"t1\",\"status\":\"pending\"}",
        dev.labelsdk.refonte.model.Task::fromJson,
        dev.labelsdk.refonte.model.Task::additionalProperties,
        dev.labelsdk.refonte.model.Task::toJson);
    roundTrips("{\"audited_by\":\"a@b\"}", Audit::fromJson, Audit::additionalProperties,
        Audit::toJson);
    roundTrips("{\"name\":\"b1\",\"status\":\"staging\"}", Batch::fromJson,
        Batch::additionalProperties, Batch::toJson);
    Project project = Project.fromJson(json("{\"name\":\"p\",\"type\":\"categorization\","
        + UNKNOWN + "}"));
    assertThat(project.additionalProperties()).containsOnlyKeys("zz_new");
    assertThat(project.toBuilder().build()).isEqualTo(project);
    FileInfo file = FileInfo.fromJson(json("{\"id\":\"f\",\"attachment_url\":\"u\","
        + UNKNOWN + "}"));
    assertThat(file.additionalProperties()).containsOnlyKeys("zz_new");
    TeamMember member = TeamMember.fromJson(json("{\"email\":\"a@b\"," + UNKNOWN + "}"));
    assertThat(member.additionalProperties()).containsOnlyKeys("zz_new");
  }

  /** A value Jackson cannot write: equality and hashing must not need to write it. */
  private static final JsonNode UNWRITABLE = new POJONode(new Object() {
    @SuppressWarnings("unused")
    public String getBoom() {
      throw new IllegalStateException("serialized");
    }
  });

  @Test
  void equalsAndHashCodeNeverSerialize() {
    dev.labelsdk.clarifai.model.Task clarifai = dev.labelsdk.clarifai.model.Task.builder()
        .name("t").additionalProperty("x", UNWRITABLE).build();
    assertThatThrownBy(clarifai::toJson).hasStackTraceContaining("serialized");
    assertThat(clarifai).isEqualTo(clarifai.toBuilder().build());
    assertThat(clarifai.hashCode()).isEqualTo(clarifai.toBuilder().build().hashCode());
    assertThat(clarifai).isNotEqualTo(clarifai.toBuilder().name("u").build());

    dev.labelsdk.refonte.model.Task refonte = dev.labelsdk.refonte.model.Task.builder()
        .taskId("t1").status(dev.labelsdk.refonte.model.TaskStatus.PENDING)
        .additionalProperty("x", UNWRITABLE).build();
    assertThatThrownBy(refonte::toJson).hasStackTraceContaining("serialized");
    assertThat(refonte).isEqualTo(refonte.toBuilder().build());
    assertThat(refonte.hashCode()).isEqualTo(refonte.toBuilder().build().hashCode());
    assertThat(refonte).isNotEqualTo(refonte.toBuilder().instruction("other").build());
  }

  @Test
  void clarifaiReadsAbsentAndNullAsTheProtoDefault() throws Exception {
    for (String body : List.of("{}", "{\"id\":null,\"name\":null,\"type\":null,\"worker\":null,"
        + "\"input_source\":null,\"concepts\":null,\"metadata\":null,\"status\":null}")) {
      dev.labelsdk.clarifai.model.Task task = dev.labelsdk.clarifai.model.Task.fromJson(
          json(body));
      assertThat(task.id()).as(body).isEmpty();
      assertThat(task.name()).isEmpty();
      assertThat(task.type()).isSameAs(TaskType.TYPE_NOT_SET);
      assertThat(task.worker()).isEqualTo(TaskWorker.full());
      assertThat(task.inputSource().type()).isSameAs(InputSourceType.INPUT_SOURCE_TYPE_NOT_SET);
      assertThat(task.concepts()).isEmpty();
      assertThat(task.metadata().isEmpty()).isTrue();
      assertThat(task.status()).isEmpty();
      assertThat(task.createdAt()).isEmpty();
    }
    // An empty value is the default too: a proto3 server cannot tell them apart.
    assertThat(Concept.fromJson(json("{\"id\":\"c\",\"name\":\"\"}")).name()).isEmpty();
  }

  @Test
  void refonteReadsAbsentAndNullAsNotSetButKeepsEmptyValues() throws Exception {
    for (String body : List.of("{\"task_id\":\"t\",\"status\":\"pending\"}",
        "{\"task_id\":\"t\",\"status\":\"pending\",\"instruction\":null,\"tags\":null,"
            + "\"params\":null,\"metadata\":null,\"response\":null,\"audits\":null,"
            + "\"unique_id\":null,\"completed_at\":null}")) {
      dev.labelsdk.refonte.model.Task task = dev.labelsdk.refonte.model.Task.fromJson(
          json(body));
      assertThat(task.instruction()).as(body).isEmpty();
      assertThat(task.tags()).isEmpty();
      assertThat(task.params().isEmpty()).isTrue();
      assertThat(task.metadata().isEmpty()).isTrue();
      assertThat(task.response()).isEmpty();
      assertThat(task.audits()).isEmpty();
      assertThat(task.uniqueId()).isEmpty();
      assertThat(task.completedAt()).isEmpty();
    }
    dev.labelsdk.refonte.model.Task empty = dev.labelsdk.refonte.model.Task.fromJson(json(
        "{\"task_id\":\"t\",\"status\":\"pending\",\"instruction\":\"\",\"tags\":[]}"));
    assertThat(empty.instruction()).contains("");
    assertThat(empty.tags()).contains(List.of());
    assertThatThrownBy(() -> dev.labelsdk.refonte.model.Task.fromJson(json(
        "{\"task_id\":\"t\",\"status\":null}"))).hasMessageContaining("\"status\" is missing");
  }
}
