package dev.labelsdk.refonte;

import java.time.Duration;

/**
 * HTTP 409: the unique_id, idempotency key or name is already in use for something else.
 * A conflict that names a task (a unique_id held by another task) is the subclass
 * {@link DuplicateTaskException}. Not retried.
 */
public class ConflictException extends RefonteException {

  private static final long serialVersionUID = 1L;

  /** See {@link RefonteException#RefonteException(int, String, String, String, Duration)}. */
  public ConflictException(int statusCode, String errorMessage, String rawBody,
      String requestId, Duration retryAfter) {
    this(statusCode, errorMessage, rawBody, requestId, retryAfter, null);
  }

  /** For subclasses: with a hint on what to do. */
  protected ConflictException(int statusCode, String errorMessage, String rawBody,
      String requestId, Duration retryAfter, String hint) {
    super(statusCode, errorMessage, rawBody, requestId, retryAfter, hint, null);
  }
}
