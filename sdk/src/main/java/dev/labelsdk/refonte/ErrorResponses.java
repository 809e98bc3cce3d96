package dev.labelsdk.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.ErrorResponse;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RetryAfter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Headers;

/**
 * Turns an error answer (non-2xx) into the exception for its status, and words the message of
 * every Refonte exception.
 */
@SuppressWarnings("deprecation") // the Refonte subclasses are still what the client throws
final class ErrorResponses {

  static final String REQUEST_ID_HEADER = "X-Request-Id";

  private ErrorResponses() {}

  static ApiException toException(int status, Headers headers, byte[] body, Clock clock) {
    String raw = new String(body, StandardCharsets.UTF_8);
    String message = errorMessage(raw);
    String requestId = headers.get(REQUEST_ID_HEADER);
    Duration retryAfter = RetryAfter.parse(headers.get("Retry-After"), clock).orElse(null);
    switch (status) {
      case 400:
        return new BadRequestException(status, message, raw, requestId, retryAfter);
      case 401:
        return new UnauthorizedException(status, message, raw, requestId, retryAfter);
      case 402:
        return new NotEnabledException(status, message, raw, requestId, retryAfter);
      case 404:
        return new NotFoundException(status, message, raw, requestId, retryAfter);
      case 409:
        return DuplicateTaskException.conflictingTaskIdIn(message).isPresent()
            ? new DuplicateTaskException(status, message, raw, requestId, retryAfter)
            : new ConflictException(status, message, raw, requestId, retryAfter);
      case 429:
        return new RateLimitException(status, message, raw, requestId, retryAfter);
      default:
        if (status >= 500) {
          return new ServerException(status, message, raw, requestId, retryAfter);
        }
        return new ApiException(describe(status, message, requestId, null),
            new ErrorResponse(status, message, raw, requestId, retryAfter), null);
    }
  }

  /** The body's {@code error} string; else the raw text (trimmed); {@code ""} when empty. */
  static String errorMessage(String raw) {
    String text = raw.strip();
    if (text.startsWith("{")) {
      try {
        JsonNode json = JsonSupport.parse(text);
        JsonNode error = json.get("error");
        if (error != null && error.isTextual()) {
          return error.textValue();
        }
        if (error != null && error.isObject() && error.path("message").isTextual()) {
          return error.path("message").textValue();
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
        // fall through to the raw text
      }
    }
    return text;
  }

  /**
   * The message of a Refonte exception: the status, the server's message, a hint on what to do
   * (or null), and the request id.
   */
  static String describe(int status, String error, String requestId, String hint) {
    StringBuilder sb = new StringBuilder();
    sb.append(status > 0 ? "Refonte API answered HTTP " + status : "Refonte API call failed");
    if (error != null && !error.isBlank()) {
      String text = error.strip();
      // An HTML error page can be long; the full text stays in errorMessage()/rawBody().
      sb.append(": ").append(text.length() > 500 ? text.substring(0, 500) + "..." : text);
    }
    if (hint != null) {
      sb.append(sb.charAt(sb.length() - 1) == '.' ? " " : ". ").append(hint);
    }
    if (requestId != null) {
      sb.append(" (request id ").append(requestId).append(')');
    }
    return sb.toString();
  }
}
