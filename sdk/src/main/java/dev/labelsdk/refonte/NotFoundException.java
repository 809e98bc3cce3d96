package dev.labelsdk.refonte;

import java.time.Duration;

/**
 * HTTP 404: no such task, batch or project in this account (another account's resources look
 * the same). Not retried.
 */
public class NotFoundException extends RefonteException {

  private static final long serialVersionUID = 1L;

  /** See {@link RefonteException#RefonteException(int, String, String, String, Duration)}. */
  public NotFoundException(int statusCode, String errorMessage, String rawBody,
      String requestId, Duration retryAfter) {
    super(statusCode, errorMessage, rawBody, requestId, retryAfter,
        "Check the id or name, and that the API key belongs to the account that owns it.", null);
  }
}
