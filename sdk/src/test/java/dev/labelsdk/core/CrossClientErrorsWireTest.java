package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.labelsdk.clarifai.ClarifaiError;
import dev.labelsdk.refonte.DuplicateTaskException;
import dev.labelsdk.refonte.model.Categorization;
import java.time.Duration;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** One catch of a core exception handles the same meaning from either client. */
class CrossClientErrorsWireTest extends BothClientsWireTestBase {

  static final RequestOptions ONCE = RequestOptions.builder().maxRetries(0).build();

  @Override
  void answer(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).addHeader("Retry-After", "7")
        .addHeader("Content-Type", "application/json").body(body).build());
  }

  <T extends ApiException> T fromRefonte(Class<T> type, int status, String error) {
    answer(status, "{\"status_code\":" + status + ",\"error\":\"" + error + "\"}");
    return catchThrowableOfType(type,
        () -> refonte.tasks().get("5f0c2d4e8b3a1c0012345678", ONCE));
  }

  <T extends ApiException> T fromClarifai(Class<T> type, int status, int code) {
    answer(status, "{\"status\":{\"code\":" + code + ",\"description\":\"d\",\"details\":"
        + "\"the details\",\"req_id\":\"r1\"}}");
    return catchThrowableOfType(type, () -> clarifai.tasks().get("t1", ONCE));
  }

  @Test
  void aRateLimitFromEitherApiIsOneType() {
    Consumer<RateLimitException> check = e -> {
      assertThat(e.httpStatus()).isEqualTo(429);
      assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    };
    check.accept(fromRefonte(RateLimitException.class, 429, "slow down"));
    check.accept(fromClarifai(RateLimitException.class, 429, 11005));
  }

  @Test
  void eachMeaningIsTheSameCoreTypeForBothApis() {
    assertThat(fromRefonte(BadRequestException.class, 400, "bad")).isNotNull();
    assertThat(fromClarifai(BadRequestException.class, 400, 11102)).isNotNull();
    assertThat(fromRefonte(UnauthorizedException.class, 401, "key")).isNotNull();
    assertThat(fromClarifai(UnauthorizedException.class, 401, 11009)).isNotNull();
    assertThat(fromClarifai(PermissionDeniedException.class, 403, 11007)).isNotNull();
    assertThat(fromRefonte(NotFoundException.class, 404, "gone")).isNotNull();
    assertThat(fromClarifai(NotFoundException.class, 404, 54102)).isNotNull();
    assertThat(fromRefonte(ConflictException.class, 409, "taken")).isNotNull();
    assertThat(fromClarifai(ConflictException.class, 400, 54100)).isNotNull();
    assertThat(fromRefonte(ServerException.class, 500, "oops")).isNotNull();
    assertThat(fromClarifai(ServerException.class, 500, 98004)).isNotNull();
  }

  @Test
  void theCommonAccessorsCarryWhatEachServerSaid() {
    answer(404, "{\"status_code\":404,\"error\":\"no task\"}");
    ApiException refonteFailure = catchThrowableOfType(ApiException.class,
        () -> refonte.tasks().get("5f0c2d4e8b3a1c0012345678", ONCE));
    assertThat(refonteFailure.errorMessage()).isEqualTo("no task");
    assertThat(refonteFailure.rawBody()).contains("\"no task\"");

    ApiException clarifaiFailure = fromClarifai(ApiException.class, 404, 54102);
    assertThat(clarifaiFailure.errorMessage()).isEqualTo("the details");
    assertThat(clarifaiFailure.requestId()).contains("r1");
    assertThat(clarifaiFailure).isInstanceOfSatisfying(ClarifaiError.class,
        c -> assertThat(c.code()).isEqualTo(54102));
  }

  @Test
  void perApiDetailsStayOnTheSubclasses() {
    DuplicateTaskException duplicate = fromRefonte(DuplicateTaskException.class, 409,
        "The unique_id (\\\"u\\\") is already used for a different task"
            + " (602c399c6d092c00115aa3c9).");
    assertThat(duplicate).isInstanceOf(ConflictException.class);
    assertThat(duplicate.conflictingTaskId()).isEqualTo("602c399c6d092c00115aa3c9");
  }

  @Test
  void requestsRefusedBeforeSendingAreOneTypeForBothApis() {
    assertThat(catchThrowableOfType(InvalidRequestException.class,
        () -> Categorization.builder().instruction("no attachment").build()))
        .isInstanceOf(LabelSdkException.class)
        .satisfies(e -> assertThat(e.problems()).isNotEmpty());
    assertThat(catchThrowableOfType(InvalidRequestException.class,
        () -> clarifai.tasks().create(dev.labelsdk.clarifai.model.Task.builder()
            .worker(dev.labelsdk.clarifai.model.TaskWorker.partitioned()).build())))
        .satisfies(e -> assertThat(e.problems()).isNotEmpty());
    assertThat(server.getRequestCount()).as("nothing was sent").isZero();
  }
}
