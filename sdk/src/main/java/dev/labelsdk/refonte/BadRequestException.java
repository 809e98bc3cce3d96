package dev.labelsdk.refonte;

import java.time.Duration;

/**
 * HTTP 400: a parameter is missing or invalid, or the action is not allowed in the current
 * state (e.g. cancelling a completed task). Not retried.
 */
public class BadRequestException extends RefonteException {

  private static final long serialVersionUID = 1L;

  /** See {@link RefonteException#RefonteException(int, String, String, String, Duration)}. */
  public BadRequestException(int statusCode, String errorMessage, String rawBody,
      String requestId, Duration retryAfter) {
    super(statusCode, errorMessage, rawBody, requestId, retryAfter,
        null, null);
  }
}
