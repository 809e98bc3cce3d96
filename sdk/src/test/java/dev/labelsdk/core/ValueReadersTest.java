package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.labelsdk.refonte.model.BatchStatus;
import dev.labelsdk.refonte.model.ReviewStatus;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskStatus;
import dev.labelsdk.refonte.model.TaskType;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts the client's mapper puts in front of Jackson for open enums and JSON objects
 * ({@link ValueReaders}) read exactly what the types' own creators read, and leave every other
 * value, and every error, to them.
 */
class ValueReadersTest {

  private static <T> T read(Class<T> type, String json) throws Exception {
    return JsonSupport.decoder(type).decode(json.getBytes(StandardCharsets.UTF_8));
  }

  private static Task task(String more) throws Exception {
    return read(Task.class, "{\"task_id\":\"t1\",\"status\":\"pending\"" + more + "}");
  }

  private static <T extends OpenEnum> void readsEachConstantAsItself(Class<T> type,
      Collection<T> known, Function<String, T> of) throws Exception {
    assertThat(known).isNotEmpty();
    for (T constant : known) {
      assertThat(read(type, "\"" + constant.value() + "\"")).isSameAs(constant)
          .isSameAs(of.apply(constant.value()));
    }
  }

  @Test
  void everyDocumentedValueReadsAsItsConstant() throws Exception {
    readsEachConstantAsItself(TaskType.class, TaskType.knownValues(), TaskType::of);
    readsEachConstantAsItself(TaskStatus.class, TaskStatus.knownValues(), TaskStatus::of);
    readsEachConstantAsItself(BatchStatus.class, BatchStatus.knownValues(), BatchStatus::of);
    readsEachConstantAsItself(ReviewStatus.class, ReviewStatus.knownValues(), ReviewStatus::of);
  }

  @Test
  void documentedValuesNeverReachJacksonsDeserializerAndOthersAlwaysDo() throws Exception {
    OpenEnum.Reader reader = new OpenEnum.Reader(TaskStatus.class,
        new StdDeserializer<Object>(TaskStatus.class) {
          @Override
          public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            return "jackson";
          }
        });
    for (String json : List.of("\"completed\"", "\"pending\"", "\"odd\"", "\"\"", "5")) {
      try (JsonParser p = JsonSupport.parser(json.getBytes(StandardCharsets.UTF_8))) {
        p.nextToken();
        Object read = reader.deserialize(p, null);
        if (json.equals("\"completed\"") || json.equals("\"pending\"")) {
          assertThat(read).isSameAs(TaskStatus.of(json.replace("\"", "")));
        } else {
          assertThat(read).isEqualTo("jackson");
        }
      }
    }
  }

  @Test
  void otherSpellingsAndUnknownValuesGoThroughTheTypesFactory() throws Exception {
    assertThat(task(",\"type\":\"ImageAnnotation\"").type()).isSameAs(TaskType.IMAGE_ANNOTATION);
    TaskType newer = task(",\"type\":\"hologram\"").type();
    assertThat(newer.isKnown()).isFalse();
    assertThat(newer.value()).isEqualTo("hologram");
    TaskStatus upper = read(TaskStatus.class, "\"PENDING\"");
    assertThat(upper.isKnown()).isFalse();
    assertThat(upper.value()).isEqualTo("PENDING");
    assertThat(read(TaskStatus.class, "\"pendingx\"").isKnown()).isFalse();
    assertThat(read(TaskStatus.class, "\"pendin\"").isKnown()).isFalse();
  }

  @Test
  void wrongValuesFailAsTheCreatorsMake() {
    assertThatThrownBy(() -> task(",\"type\":\" \"")).hasMessageContaining(
        "task type must not be blank");
    assertThatThrownBy(() -> task(",\"type\":\"\"")).hasMessageContaining(
        "task type must not be blank");
    assertThatThrownBy(() -> task(",\"status\":\"\"")).hasMessageContaining(
        "task t1: \"status\" is missing");
    for (String bad : List.of("5", "true", "[]", "{}")) {
      assertThatThrownBy(() -> task(",\"status\":" + bad)).satisfies(e -> assertThat(
          JsonSupport.problem((com.fasterxml.jackson.core.JsonProcessingException) e))
          .isEqualTo("task: \"status\" must be an object but was object"));
    }
  }

  @Test
  void objectsReadAsTheTreeJacksonBuilds() throws Exception {
    Task task = task(",\"params\":{\"a\":[1,{\"b\":null}],\"c\":{}},\"metadata\":{},"
        + "\"response\":{\"x\":\"y\"}");
    assertThat(task.params()).isEqualTo(JsonObject.parse("{\"a\":[1,{\"b\":null}],\"c\":{}}"));
    assertThat(task.metadata()).isEqualTo(JsonObject.empty());
    assertThat(task.response()).contains(JsonObject.parse("{\"x\":\"y\"}"));
    assertThat(task(",\"params\":null,\"response\":null").params()).isEqualTo(JsonObject.empty());
    assertThat(read(JsonObject.class, "{\"k\":[true]}").getObject("k")).isEmpty();
  }

  @Test
  void nonObjectsFailAsTheCreatorMakes() {
    for (String bad : List.of("\"x\"", "5", "[]", "[{}]")) {
      assertThatThrownBy(() -> task(",\"params\":" + bad)).satisfies(e -> assertThat(
          JsonSupport.problem((com.fasterxml.jackson.core.JsonProcessingException) e))
          .isEqualTo("task: \"params\" must be an object but was object"));
    }
    assertThatThrownBy(() -> read(JsonObject.class, "[]")).satisfies(e -> assertThat(
        JsonSupport.problem((com.fasterxml.jackson.core.JsonProcessingException) e))
        .isEqualTo("objectnode must be a JSON object but was object"));
  }
}
