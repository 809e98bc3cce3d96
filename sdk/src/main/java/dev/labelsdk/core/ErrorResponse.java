package dev.labelsdk.core;

import java.io.Serializable;
import java.time.Duration;

/**
 * What a failed call received, as every {@link ApiException} carries it.
 *
 * @param httpStatus the HTTP status; 0 when no answer was received
 * @param errorMessage the server's message (the API's own error text, or the raw text when the
 *     body is not the API's error shape); {@code ""} when none
 * @param rawBody the body as received; {@code ""} when none
 * @param requestId the request id the server gave the answer, or null
 * @param retryAfter how long the server asked to wait ({@code Retry-After}), or null
 */
public record ErrorResponse(int httpStatus, String errorMessage, String rawBody,
    String requestId, Duration retryAfter) implements Serializable {

  /** Null texts become {@code ""}. */
  public ErrorResponse {
    errorMessage = errorMessage == null ? "" : errorMessage;
    rawBody = rawBody == null ? "" : rawBody;
  }

  /** No answer at all (an I/O failure or timeout). */
  public static ErrorResponse none() {
    return new ErrorResponse(0, "", "", null, null);
  }
}
