package dev.labelsdk.refonte;

import java.time.Duration;

/** HTTP 402: the feature (e.g. this task type) is not enabled for the account. Not retried. */
public class NotEnabledException extends RefonteException {

  private static final long serialVersionUID = 1L;

  /** See {@link RefonteException#RefonteException(int, String, String, String, Duration)}. */
  public NotEnabledException(int statusCode, String errorMessage, String rawBody,
      String requestId, Duration retryAfter) {
    super(statusCode, errorMessage, rawBody, requestId, retryAfter,
        "The feature is not enabled for this account; ask Refonte support to enable it.", null);
  }
}
