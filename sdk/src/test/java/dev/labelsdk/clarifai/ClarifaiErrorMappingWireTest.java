package dev.labelsdk.clarifai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.LabelSdkException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exceptions come from the body's status code, not the HTTP status (spec §5, §12). */
class ClarifaiErrorMappingWireTest extends ClarifaiWireTestBase {

  ClarifaiClient noRetries() {
    return builder().maxRetries(0).build();
  }

  @ParameterizedTest(name = "{0} with HTTP {1} -> {2}")
  @CsvSource({
      "54102, 404, NotFoundException",
      "11101, 404, NotFoundException",
      "30102, 404, NotFoundException",
      "11001, 401, AuthenticationException",
      "11002, 401, AuthenticationException",
      "11008, 401, AuthenticationException",
      "11009, 401, AuthenticationException",
      "11102, 401, AuthenticationException",
      "11102, 400, InvalidRequestException",
      "11007, 403, PermissionDeniedException",
      "54103, 403, PermissionDeniedException",
      "24156, 403, PermissionDeniedException",
      "11100, 400, InvalidRequestException",
      "11103, 400, InvalidRequestException",
      "24155, 400, InvalidRequestException",
      "30104, 400, InvalidRequestException",
      "10020, 400, InvalidRequestException",
      "54101, 400, InvalidRequestException",
      "54100, 400, ConflictException",
      "40010, 400, ConflictException",
      "11005, 429, RateLimitException",
      "11003, 429, RateLimitException",
      "11004, 429, RateLimitException",
      "98004, 500, ServerException",
      "99009, 500, ServerException",
      "10030, 503, ServerException",
      "98123, 500, ServerException",
      // The code decides, whatever the HTTP status says:
      "54102, 200, NotFoundException",
      "54100, 500, ConflictException",
  })
  void theStatusCodeChoosesTheException(int code, int http, String type) {
    try (ClarifaiClient c = noRetries()) {
      enqueue(http, error(code, "Description", "the details"));
      assertThatThrownBy(() -> c.tasks().get(TASK_ID))
          .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo(type))
          .isInstanceOfSatisfying(ClarifaiError.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.httpStatus()).isEqualTo(http);
            assertThat(e.details()).isEqualTo("the details");
            assertThat(e.reqId()).isEqualTo("req-" + code);
          });
    }
  }

  @Test
  void anExceptionCarriesEverythingTheServerSaid() {
    enqueue(404, "{\"status\":{\"code\":54102,\"description\":\"Task not found\",\"details\":"
        + "\"task 'abc' not found in app me/app1\",\"req_id\":\"4f0d1c2b\"}}");
    assertThatThrownBy(() -> client.tasks().get("abc"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e).isInstanceOf(dev.labelsdk.core.NotFoundException.class)
              .isInstanceOf(ApiException.class).isInstanceOf(LabelSdkException.class);
          assertThat(e.statusCode()).isEqualTo(StatusCode.TASK_MISSING);
          assertThat(e.description()).isEqualTo("Task not found");
          assertThat(e.details()).isEqualTo("task 'abc' not found in app me/app1");
          assertThat(e.reqId()).isEqualTo("4f0d1c2b");
          assertThat(e.rawBody()).contains("\"req_id\":\"4f0d1c2b\"");
          assertThat(e.getMessage()).isEqualTo("Clarifai API error 54102 TASK_MISSING (Task not"
              + " found): task 'abc' not found in app me/app1 (HTTP 404, req_id 4f0d1c2b)");
        });
  }

  @Test
  void aCodeSentAsANameIsReadToo() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3")
        .body("{\"status\":{\"code\":\"CONN_THROTTLED\",\"description\":\"Making too many"
            + " requests\"}}").build());
    try (ClarifaiClient c = noRetries()) {
      assertThatThrownBy(() -> c.tasks().get(TASK_ID))
          .isInstanceOfSatisfying(RateLimitException.class, e -> {
            assertThat(e.code()).isEqualTo(11005);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
            assertThat(e.getMessage()).contains("Retry after 3 s");
          });
    }
  }

  @Test
  void anUnknownCodeIsChosenByTheHttpStatus() {
    try (ClarifaiClient c = noRetries()) {
      enqueue(400, error(12345, "Something new", "x"));
      assertThatThrownBy(() -> c.tasks().get(TASK_ID))
          .isExactlyInstanceOf(InvalidRequestException.class)
          .satisfies(e -> assertThat(((ClarifaiError) e).statusCode().isKnown()).isFalse())
          .hasMessageContaining("12345");
      enqueue(404, error(12345, "Something new", "x"));
      assertThatThrownBy(() -> c.tasks().get(TASK_ID))
          .isExactlyInstanceOf(NotFoundException.class)
          .satisfies(e -> assertThat(((ClarifaiError) e).code()).isEqualTo(12345));
      enqueue(502, error(12345, "Something new", "x"));
      assertThatThrownBy(() -> c.tasks().get(TASK_ID)).isExactlyInstanceOf(ServerException.class);
    }
  }

  @ParameterizedTest(name = "HTTP {0} without an envelope -> {1}")
  @CsvSource({
      "401, AuthenticationException",
      "403, PermissionDeniedException",
      "404, NotFoundException",
      "409, ConflictException",
      "429, RateLimitException",
      "400, InvalidRequestException",
      "502, ServerException",
  })
  void bodiesThatAreNotEnvelopesFallBackToTheHttpStatus(int http, String type) {
    try (ClarifaiClient c = noRetries()) {
      server.enqueue(new MockResponse.Builder().code(http)
          .addHeader("Content-Type", "text/html").body("<html>gateway says no</html>").build());
      assertThatThrownBy(() -> c.tasks().get(TASK_ID))
          .satisfies(e -> assertThat(e.getClass().getSimpleName()).isEqualTo(type))
          .isInstanceOfSatisfying(ClarifaiError.class, e -> {
            assertThat(e.code()).isZero();
            assertThat(e.httpStatus()).isEqualTo(http);
            assertThat(e.details()).isEqualTo("<html>gateway says no</html>");
            assertThat(e.getMessage()).contains("HTTP " + http);
          });
    }
  }

  @Test
  void aRefonteStyleErrorWithoutStatusObjectIsNotAnEnvelope() {
    enqueue(404, "{\"status_code\":404,\"error\":\"not here\"}");
    assertThatThrownBy(() -> client.tasks().get(TASK_ID))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isZero());
  }

  @Test
  void aSuccessfulHttpAnswerThatIsNotAClarifaiResponseIsMalformed() {
    enqueue(200, "<html>login page</html>");
    assertThatThrownBy(() -> client.tasks().get(TASK_ID))
        .isInstanceOf(MalformedResponseException.class).hasMessageContaining("not JSON");
    enqueue(200, "{\"task\":{}}");
    assertThatThrownBy(() -> client.tasks().get(TASK_ID))
        .isInstanceOf(MalformedResponseException.class).hasMessageContaining("no \"status\"");
    enqueue(200, ok("\"task\":{\"id\":7}"));
    assertThatThrownBy(() -> client.tasks().get(TASK_ID))
        .isInstanceOf(MalformedResponseException.class).hasMessageContaining("\"id\" must be a string");
    assertThat(server.getRequestCount()).as("never retried").isEqualTo(3);
  }

  @Test
  void mixedStatusDoesNotThrowAndReportsEachItem() {
    enqueue(207, """
        {"status":{"code":10010,"description":"Mixed Success","details":"inputs[1]: duplicate"},
         "inputs":[
           {"id":"in1","data":{"text":{"raw":"a"}},"status":{"code":30000,"description":"Download complete"}},
           {"id":"in2","data":{"text":{"raw":"b"}},"status":{"code":40010,"description":"Object has a duplicate ID","details":"input id 'in2' already exists"}}]}""");
    BatchResult<Input> result = client.inputs().create(Input.text("in1", "a"), Input.text("in2", "b"));
    assertThat(result.status().code()).isEqualTo(StatusCode.MIXED_STATUS);
    assertThat(result.hasFailures()).isTrue();
    assertThat(result.succeeded()).extracting(Input::id).containsExactly("in1");
    assertThat(result.failures()).singleElement().satisfies(f -> {
      assertThat(f.index()).isEqualTo(1);
      assertThat(f.value().id()).isEqualTo("in2");
      assertThat(f.status().orElseThrow().code()).isEqualTo(StatusCode.DATABASE_DUPLICATE_KEY);
      assertThat(f.status().orElseThrow().details()).isEqualTo("input id 'in2' already exists");
    });
  }

  @Test
  void aBatchWhereEveryItemFailedThrows() {
    enqueue(400, "{\"status\":{\"code\":10020,\"description\":\"Failure\",\"details\":"
        + "\"inputs[0]: data needs image, text or video\"},\"inputs\":[{\"id\":\"in1\","
        + "\"status\":{\"code\":30104}}]}");
    assertThatThrownBy(() -> client.inputs().create(Input.builder().id("in1").build()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.code()).isEqualTo(10020);
          assertThat(e.rawBody()).contains("30104");
        });
  }
}
