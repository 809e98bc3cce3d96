package dev.labelsdk.refonte;

import java.time.Duration;

/**
 * HTTP 429: too many requests (task creation is limited per account), or a create with the
 * same idempotency key is still in flight. Retried automatically, waiting
 * {@link #retryAfter()}; thrown once the retries are used up.
 */
public class RateLimitException extends RefonteException {

  private static final long serialVersionUID = 1L;

  /** See {@link RefonteException#RefonteException(int, String, String, String, Duration)}. */
  public RateLimitException(int statusCode, String errorMessage, String rawBody,
      String requestId, Duration retryAfter) {
    super(statusCode, errorMessage, rawBody, requestId, retryAfter,
        retryAfter == null ? "Slow down and retry later."
            : "Retry after " + retryAfter.toSeconds() + " s.", null);
  }
}
