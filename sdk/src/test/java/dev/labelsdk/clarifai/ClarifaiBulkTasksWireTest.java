package dev.labelsdk.clarifai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.core.bulk.BulkOptions;
import dev.labelsdk.core.bulk.BulkResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** What bulk task submission puts on the wire: tasks batched into one PostTasks, halving. */
class ClarifaiBulkTasksWireTest extends ClarifaiWireTestBase {

  /** Answers each PostTasks with its tasks, or 400/11102 when it holds {@code badId}. */
  List<List<String>> answerEchoingExcept(String badId) {
    List<List<String>> sent = new CopyOnWriteArrayList<>();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        try {
          List<String> ids = new ArrayList<>();
          body(request).get("tasks").forEach(t -> ids.add(t.get("id").asText()));
          sent.add(ids);
          String json = ids.contains(badId)
              ? error(11102, "Invalid request", "tasks[" + ids.indexOf(badId) + "]: bad")
              : ok("\"tasks\":[" + String.join(",", ids.stream().map(
                  ClarifaiWireTestBase::task).toList()) + "]");
          return new MockResponse.Builder().code(ids.contains(badId) ? 400 : 200)
              .addHeader("Content-Type", "application/json").body(json).build();
        } catch (Exception e) {
          return new MockResponse.Builder().code(418).build();
        }
      }
    });
    return sent;
  }

  static List<Task> tasks(String... ids) {
    List<Task> out = new ArrayList<>();
    for (String id : ids) {
      out.add(Task.builder().id(id).name("task " + id).concepts("water").build());
    }
    return out;
  }

  @Test
  void aBatchIsOnePostTasksWithEveryTaskAnIdAndNoStatus() throws Exception {
    List<List<String>> sent = answerEchoingExcept("none");
    List<Task> tasks = List.of(Task.builder().id("own").name("a").concepts("water").build(),
        Task.builder().name("b").concepts("water").build(),
        Task.builder().name("c").concepts("water").build());
    BulkResult<Task> result = client.tasks().submitAll(tasks, 3,
        BulkOptions.builder().concurrency(1).runId("r").build()).result().get(10,
            TimeUnit.SECONDS);

    assertThat(result.created()).isEqualTo(3);
    RecordedRequest post = take("POST", "/tasks");
    JsonNode body = body(post).get("tasks");
    assertThat(body).hasSize(3).noneMatch(t -> t.has("status"));
    assertThat(body.get(0).get("id").asText()).isEqualTo("own");
    assertThat(body.get(1).get("id").asText()).startsWith("bulk-");
    assertThat(body.get(2).get("id").asText()).startsWith("bulk-")
        .isNotEqualTo(body.get(1).get("id").asText());
    assertThat(sent).as("one request for the three tasks").hasSize(1);
  }

  @Test
  void aBatchRefusedForOneTaskIsHalvedUntilThatTaskFailsAlone() throws Exception {
    List<List<String>> sent = answerEchoingExcept("t2");
    BulkResult<Task> result = client.tasks().submitAll(tasks("t0", "t1", "t2", "t3"), 4,
        BulkOptions.builder().concurrency(1).build()).result().get(10, TimeUnit.SECONDS);

    assertThat(result.created()).isEqualTo(3);
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.index()).isEqualTo(2);
      assertThat(f.error()).get().isInstanceOf(InvalidRequestException.class);
    });
    assertThat(sent).containsExactlyInAnyOrder(List.of("t0", "t1", "t2", "t3"),
        List.of("t0", "t1"), List.of("t2", "t3"), List.of("t2"), List.of("t3"));
  }
}
