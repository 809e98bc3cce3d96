package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.time.Duration;

/**
 * Chooses the exception for a failed call (spec §12): by the body's {@code status.code}, and by
 * the HTTP status only when the body is not a Clarifai envelope (the gateway's mapping of codes
 * to HTTP statuses is coarse and has changed over time).
 */
final class ErrorMapping {

  private ErrorMapping() {}

  /** The exception for an envelope whose code is neither SUCCESS nor MIXED_STATUS. */
  static ClarifaiApiException fromStatus(int http, Status status, String raw, Duration retryAfter) {
    int code = status.code().number();
    switch (code) {
      case 54102, 11101, 30102:
        return new NotFoundException(http, status, raw, retryAfter);
      case 11001, 11002, 11008, 11009:
        return new AuthenticationException(http, status, raw, retryAfter);
      case 11102:
        // The same code covers a malformed Authorization header (HTTP 401) and bad requests.
        return http == 401 ? new AuthenticationException(http, status, raw, retryAfter)
            : new InvalidRequestException(http, status, raw, retryAfter);
      case 11007, 54103, 24156:
        return new PermissionDeniedException(http, status, raw, retryAfter);
      case 11100, 11103, 24155, 30104, 10020, 54101:
        return new InvalidRequestException(http, status, raw, retryAfter);
      case 54100, 40010:
        return new ConflictException(http, status, raw, retryAfter);
      case 11005, 11003, 11004:
        return new RateLimitException(http, status, raw, retryAfter);
      case 98004, 99009, 10030:
        return new ServerException(http, status, raw, retryAfter);
      default:
        return code >= 98000 || http >= 500 ? new ServerException(http, status, raw, retryAfter)
            : new ClarifaiApiException(http, status, raw, retryAfter);
    }
  }

  /** The exception for a non-2xx answer whose body is not a Clarifai envelope. */
  static ClarifaiApiException fromHttpStatus(int http, String raw, Duration retryAfter) {
    switch (http) {
      case 401:
        return new AuthenticationException(http, null, raw, retryAfter);
      case 403:
        return new PermissionDeniedException(http, null, raw, retryAfter);
      case 404:
        return new NotFoundException(http, null, raw, retryAfter);
      case 409:
        return new ConflictException(http, null, raw, retryAfter);
      case 429:
        return new RateLimitException(http, null, raw, retryAfter);
      default:
        if (http >= 500) {
          return new ServerException(http, null, raw, retryAfter);
        }
        return http >= 400 ? new InvalidRequestException(http, null, raw, retryAfter)
            : new ClarifaiApiException(http, null, raw, retryAfter);
    }
  }
}
