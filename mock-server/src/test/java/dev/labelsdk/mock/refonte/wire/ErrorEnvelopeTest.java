package dev.labelsdk.mock.refonte.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.refonte.ErrorCode;
import dev.labelsdk.mock.refonte.RefonteError;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every engine error code has its HTTP status of spec §2.2, and the envelope carries what it needs. */
class ErrorEnvelopeTest {

  @Test
  void everyCodeMapsToTheStatusOfTheSpec() {
    Map<ErrorCode, Integer> expected = new EnumMap<>(ErrorCode.class);
    expected.put(ErrorCode.MALFORMED_REQUEST, 400);
    expected.put(ErrorCode.INVALID_PARAMETER, 400);
    expected.put(ErrorCode.INVALID_STATE, 400);
    expected.put(ErrorCode.UNAUTHORIZED, 401);
    expected.put(ErrorCode.NOT_ENABLED, 402);
    expected.put(ErrorCode.NOT_FOUND, 404);
    expected.put(ErrorCode.ALREADY_EXISTS, 409);
    expected.put(ErrorCode.DUPLICATE_UNIQUE_ID, 409);
    expected.put(ErrorCode.IDEMPOTENCY_CONFLICT, 409);
    expected.put(ErrorCode.IN_FLIGHT, 429);
    expected.put(ErrorCode.RATE_LIMITED, 429);
    expected.put(ErrorCode.MOCK_FULL, 503);

    for (ErrorCode code : ErrorCode.values()) {
      ApiResponse r = ErrorEnvelope.of(new RefonteError(code, "why"));
      assertThat(r.status()).as(code.name()).isEqualTo(expected.get(code));
      assertThat(Json.tree(r.body())).isEqualTo(Json.MAPPER.createObjectNode()
          .put("status_code", expected.get(code)).put("error", "why"));
    }
  }

  @Test
  void temporaryRefusalsSayWhenToRetryAndA401AsksForBasicAuth() {
    assertThat(ErrorEnvelope.of(RefonteError.rateLimited("slow down", 3)).header("Retry-After")).isEqualTo("3");
    assertThat(ErrorEnvelope.of(RefonteError.inFlight()).header("Retry-After")).isEqualTo("1");
    assertThat(ErrorEnvelope.of(RefonteError.invalid("no")).header("Retry-After")).isNull();
    assertThat(ErrorEnvelope.of(RefonteError.unauthorized()).header("WWW-Authenticate"))
        .isEqualTo("Basic realm=\"refonte\"");
  }
}
