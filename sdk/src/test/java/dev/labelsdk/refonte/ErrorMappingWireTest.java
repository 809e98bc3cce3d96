package dev.labelsdk.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labelsdk.core.ApiException;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each status maps to its exception with the server's message, raw body and request id. */
@SuppressWarnings("deprecation") // asserts the Refonte subclasses are still thrown
class ErrorMappingWireTest extends WireTestBase {

  ApiException failGet(MockResponse response) {
    server.enqueue(response);
    try (RefonteClient c = builder().maxRetries(0).build()) {
      return catchThrowableOfType(ApiException.class, () -> c.tasks().get(TASK_ID));
    }
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(402, NotEnabledException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(429, RateLimitException.class),
        Arguments.of(500, ServerException.class),
        Arguments.of(503, ServerException.class),
        Arguments.of(504, ServerException.class),
        Arguments.of(418, ApiException.class));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void statusMapsToItsExceptionWithMessageBodyAndRequestId(int status,
      Class<? extends ApiException> type) {
    String body = error(status, "Something specific went wrong.");
    ApiException e = failGet(new MockResponse.Builder().code(status)
        .addHeader("X-Request-Id", "req-" + status).body(body).build());
    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.errorMessage()).isEqualTo("Something specific went wrong.");
    assertThat(e.rawBody()).isEqualTo(body);
    assertThat(e.requestId()).contains("req-" + status);
    assertThat(e.getMessage()).contains("HTTP " + status)
        .contains("Something specific went wrong.").contains("req-" + status);
  }

  @Test
  void unauthorizedSaysToCheckTheKey() {
    ApiException e = failGet(new MockResponse.Builder().code(401)
        .body(error(401, "Please provide a valid API key.")).build());
    assertThat(e.getMessage()).contains("Please provide a valid API key.")
        .contains("REFONTE_API_KEY");
  }

  @Test
  void nonJsonErrorBodiesUseTheRawText() {
    ApiException e = failGet(new MockResponse.Builder().code(502)
        .addHeader("Content-Type", "text/html").body("<html>Bad Gateway</html>\n").build());
    assertThat(e).isInstanceOf(ServerException.class);
    assertThat(e.errorMessage()).isEqualTo("<html>Bad Gateway</html>");
    assertThat(e.rawBody()).isEqualTo("<html>Bad Gateway</html>\n");
    assertThat(e.getMessage()).contains("HTTP 502").contains("Bad Gateway");
  }

  @Test
  void emptyErrorBodiesStillGiveTheStatus() {
    ApiException e = failGet(new MockResponse.Builder().code(404).build());
    assertThat(e).isInstanceOf(NotFoundException.class);
    assertThat(e.errorMessage()).isEmpty();
    assertThat(e.rawBody()).isEmpty();
    assertThat(e.requestId()).isEmpty();
    assertThat(e.getMessage()).startsWith("Refonte API answered HTTP 404");
  }

  @Test
  void jsonWithoutAnErrorKeyFallsBackToTheText() {
    ApiException e = failGet(new MockResponse.Builder().code(400)
        .body("{\"detail\":\"nope\"}").build());
    assertThat(e.errorMessage()).isEqualTo("{\"detail\":\"nope\"}");
  }

  @Test
  void aConflictNamingATaskIsADuplicateTaskException() {
    String message = "The unique_id (\"s3://bucket/file (1).png\") is already used for a"
        + " different task (602c399c6d092c00115aa3c9).";
    ApiException e = failGet(new MockResponse.Builder().code(409)
        .body(error(409, message)).build());
    assertThat(e).isInstanceOfSatisfying(DuplicateTaskException.class, d -> {
      assertThat(d.conflictingTaskId()).isEqualTo("602c399c6d092c00115aa3c9");
      assertThat(d.uniqueId()).contains("s3://bucket/file (1).png");
      assertThat(d.getMessage()).contains("tasks().get(\"602c399c6d092c00115aa3c9\")");
    });
  }

  @Test
  void idempotencyAndNameConflictsAreOnlyConflicts() {
    ApiException e = failGet(new MockResponse.Builder().code(409).body(error(409,
        "The provided idempotency key is already in use for a different request.")).build());
    assertThat(e).isExactlyInstanceOf(ConflictException.class);
    ApiException name = failGet(new MockResponse.Builder().code(409)
        .body(error(409, "Batch \"b\" already exists.")).build());
    assertThat(name).isExactlyInstanceOf(ConflictException.class);
  }
}
