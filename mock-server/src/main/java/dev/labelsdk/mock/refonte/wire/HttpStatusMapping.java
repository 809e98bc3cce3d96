package dev.labelsdk.mock.refonte.wire;

import dev.labelsdk.mock.refonte.ErrorCode;

/** The HTTP status of each Refonte {@link ErrorCode} (spec §2.2); the one place they are mapped. */
final class HttpStatusMapping {

  private HttpStatusMapping() {}

  static int of(ErrorCode code) {
    return switch (code) {
      case MALFORMED_REQUEST, INVALID_PARAMETER, INVALID_STATE -> 400;
      case UNAUTHORIZED -> 401;
      case NOT_ENABLED -> 402;
      case NOT_FOUND -> 404;
      case ALREADY_EXISTS, DUPLICATE_UNIQUE_ID, IDEMPOTENCY_CONFLICT -> 409;
      case IN_FLIGHT, RATE_LIMITED -> 429;
      case MOCK_FULL -> 503;
    };
  }
}
