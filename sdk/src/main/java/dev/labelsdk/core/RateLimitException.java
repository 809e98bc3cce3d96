package dev.labelsdk.core;

/**
 * Too many requests (HTTP 429, or the API's own code for it). Retried after {@link #retryAfter()}
 * or the backoff; thrown once the retries are used up.
 */
public class RateLimitException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(String, ErrorResponse, Throwable)}. */
  public RateLimitException(String message, ErrorResponse response, Throwable cause) {
    super(message, response, cause);
  }
}
