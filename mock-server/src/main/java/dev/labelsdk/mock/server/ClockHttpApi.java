package dev.labelsdk.mock.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.MockClock;
import dev.labelsdk.mock.common.Timestamps;
import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.refonte.wire.ErrorEnvelope;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * {@code GET /__admin/clock} and {@code POST /__admin/clock {"advance_seconds": n}}: the one
 * mock clock every API uses (Refonte spec §8.3).
 */
final class ClockHttpApi {

  private final MockClock clock;

  ClockHttpApi(MockClock clock) {
    this.clock = clock;
  }

  ApiResponse handle(ApiRequest r) {
    if (!r.normalisedPath().equals("/__admin/clock")) {
      return ErrorEnvelope.of(404, "No such control endpoint: " + r.method() + " " + r.rawPath() + ".");
    }
    switch (r.method()) {
      case "GET":
        return now();
      case "POST":
        JsonNode body;
        try {
          body = Json.parse(r.body());
        } catch (JsonProcessingException e) {
          return ErrorEnvelope.of(400, "The request body is not valid JSON.");
        }
        JsonNode seconds = body == null ? null : body.get("advance_seconds");
        if (seconds == null || !seconds.isNumber() || seconds.decimalValue().signum() < 0) {
          return ErrorEnvelope.of(400, "Send {\"advance_seconds\": n} with n >= 0.");
        }
        BigDecimal millis = seconds.decimalValue().movePointRight(3);
        if (millis.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0) {
          return ErrorEnvelope.of(400, "\"advance_seconds\" is too large.");
        }
        clock.advance(Duration.ofMillis(millis.longValue()));
        return now();
      default:
        return ErrorEnvelope.methodNotAllowed("/__admin/clock", List.of("GET", "POST"));
    }
  }

  private ApiResponse now() {
    return ApiResponse.json(200,
        Json.compact(Json.MAPPER.createObjectNode().put("now", Timestamps.format(clock.millis()))));
  }
}
