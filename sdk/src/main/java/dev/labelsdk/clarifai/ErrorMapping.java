package dev.labelsdk.clarifai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.clarifai.model.Status;
import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.ErrorResponse;
import dev.labelsdk.core.JsonSupport;
import java.time.Duration;
import java.util.Optional;

/**
 * Chooses the exception for a failed call (spec §12): by the body's {@code status.code}, and by
 * the HTTP status only when the body is not a Clarifai envelope or its code is unknown (the
 * gateway's mapping of codes to HTTP statuses is coarse and has changed over time). Also words
 * the message of every Clarifai exception. See {@link ClarifaiError} for the table.
 */
final class ErrorMapping {

  private ErrorMapping() {}

  /** The exception for an envelope whose code is neither SUCCESS nor MIXED_STATUS. */
  static ApiException fromStatus(int http, Status status, String raw, Duration retryAfter) {
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
        return code >= 98000 ? new ServerException(http, status, raw, retryAfter)
            : fromHttpStatus(http, status, raw, retryAfter);
    }
  }

  /**
   * The exception for a failed answer by its HTTP status: a body that is not a Clarifai
   * envelope ({@code status} null), or an unknown code.
   */
  static ApiException fromHttpStatus(int http, Status status, String raw, Duration retryAfter) {
    switch (http) {
      case 401:
        return new AuthenticationException(http, status, raw, retryAfter);
      case 403:
        return new PermissionDeniedException(http, status, raw, retryAfter);
      case 404:
        return new NotFoundException(http, status, raw, retryAfter);
      case 409:
        return new ConflictException(http, status, raw, retryAfter);
      case 429:
        return new RateLimitException(http, status, raw, retryAfter);
      default:
        return http >= 500 ? new ServerException(http, status, raw, retryAfter)
            : new InvalidRequestException(http, status, raw, retryAfter);
    }
  }

  /** What a Clarifai failure received: the status's details and req_id when there is one. */
  static ErrorResponse response(int http, Status status, String raw, Duration retryAfter) {
    String text = raw == null ? "" : raw;
    return status == null ? new ErrorResponse(http, text.strip(), text, null, retryAfter)
        : new ErrorResponse(http, status.details(), text,
            status.reqId().isEmpty() ? null : status.reqId(), retryAfter);
  }

  /** The {@code status} of a Clarifai envelope, or empty when the body is not one. */
  static Optional<Status> envelopeStatus(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(envelopeStatus(JsonSupport.parse(body)));
    } catch (JsonProcessingException notJson) {
      return Optional.empty();
    }
  }

  /** The {@code status} of a Clarifai envelope, or null when the body is not one. */
  static Status envelopeStatus(JsonNode json) {
    JsonNode status = json == null ? null : json.get("status");
    if (status == null || !status.isObject() || !status.has("code")) {
      return null;
    }
    try {
      return Status.fromJson(status);
    } catch (IllegalArgumentException notAnEnvelope) {
      return null;
    }
  }

  /** The message of a Clarifai exception, with a hint on what to do (or null). */
  static String describe(int httpStatus, Status status, String rawBody, String hint) {
    StringBuilder sb = new StringBuilder("Clarifai API");
    if (status != null) {
      sb.append(" error ").append(status);
    } else if (httpStatus > 0) {
      String text = rawBody == null ? "" : rawBody.strip();
      sb.append(" answered HTTP ").append(httpStatus);
      if (!text.isEmpty()) {
        // An HTML error page can be long; the full text stays in rawBody().
        sb.append(": ").append(text.length() > 300 ? text.substring(0, 300) + "..." : text);
      }
    }
    if (hint != null) {
      sb.append(status == null && httpStatus == 0 ? ": "
          : sb.charAt(sb.length() - 1) == '.' ? " " : ". ").append(hint);
    }
    if (status != null && !status.reqId().isEmpty()) {
      sb.append(" (HTTP ").append(httpStatus).append(", req_id ").append(status.reqId())
          .append(')');
    }
    return sb.toString();
  }
}
