package dev.labelsdk.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labelsdk.refonte.model.TaskListRequest;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A 2xx whose body is not the documented JSON gives a clear exception, never an NPE. */
class MalformedResponseWireTest extends WireTestBase {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<html>maintenance</html>|not JSON",
      "''|the body is empty",
      "null|task must be a JSON object",
      "[]|task must be a JSON object",
      "{\"status\":\"pending\"}|\"task_id\" is missing",
      "{\"task_id\":5,\"status\":\"pending\"}|\"task_id\" must be a string but was number 5",
      "{\"task_id\":\"a\",\"status\":\"pending\",\"created_at\":\"soon\"}|ISO-8601",
      "{\"task_id\":\"a\",\"status\":\"pending\"} trailing|not JSON"})
  void malformedTaskBodies(String body, String expected) {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("X-Request-Id", "r-1")
        .body(body).build());
    MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class,
        () -> client.tasks().get(TASK_ID));
    assertThat(e.getMessage()).contains(expected).contains("HTTP 200").contains("r-1");
    assertThat(e.rawBody()).isEqualTo(body);
    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(server.getRequestCount()).as("not retried").isEqualTo(1);
  }

  @Test
  void aPageWithoutDocsIsMalformed() {
    enqueue(200, "{\"total\":0}");
    MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class,
        () -> client.tasks().list(TaskListRequest.all()));
    assertThat(e.getMessage()).contains("task page: \"docs\" is missing");
  }

  @Test
  void aPageWithABadDocNamesTheProblem() {
    enqueue(200, "{\"docs\":[{\"task_id\":\"x\"}],\"total\":1,\"limit\":1,\"offset\":0,"
        + "\"has_more\":false}");
    MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class,
        () -> client.tasks().list(TaskListRequest.all()));
    assertThat(e.getMessage()).contains("\"status\" is missing");
  }

  @Test
  void aProjectListThatIsNotAnArrayIsMalformed() {
    enqueue(200, "{\"docs\":[]}");
    MalformedResponseException e = catchThrowableOfType(MalformedResponseException.class,
        () -> client.projects().list());
    assertThat(e.getMessage()).contains("project list must be a JSON array");
  }

  @Test
  void anyTwoHundredStatusIsAccepted() {
    server.enqueue(new MockResponse.Builder().code(201).body(task(TASK_ID, "pending")).build());
    assertThat(client.tasks().get(TASK_ID).taskId()).isEqualTo(TASK_ID);
  }
}
