package dev.labelsdk.refonte;

import dev.labelsdk.core.ErrorResponse;
import java.time.Duration;

/**
 * HTTP 409: the unique_id, idempotency key or name is already in use for something else.
 * A conflict that names a task (a unique_id held by another task) is the subclass
 * {@link DuplicateTaskException}. Not retried.
 *
 * @deprecated catch {@link dev.labelsdk.core.ConflictException}, which this extends and which
 *     {@code ClarifaiClient} throws too. {@code RefonteClient} still throws this subclass, so
 *     existing {@code catch} blocks keep working.
 */
@Deprecated
public class ConflictException extends dev.labelsdk.core.ConflictException
    implements RefonteError {

  private static final long serialVersionUID = 1L;

  /**
   * @param statusCode the HTTP status
   * @param errorMessage the body's {@code error}, or its raw text when it is not JSON
   * @param rawBody the body as received ({@code ""} when none)
   * @param requestId the {@code X-Request-Id} response header, or null
   * @param retryAfter the {@code Retry-After} response header as a duration, or null
   */
  public ConflictException(int statusCode, String errorMessage, String rawBody, String requestId,
      Duration retryAfter) {
    this(statusCode, errorMessage, rawBody, requestId, retryAfter, null);
  }

  /** For subclasses: with a hint on what to do. */
  ConflictException(int statusCode, String errorMessage, String rawBody, String requestId,
      Duration retryAfter, String hint) {
    super(ErrorResponses.describe(statusCode, errorMessage, requestId, hint),
        new ErrorResponse(statusCode, errorMessage, rawBody, requestId, retryAfter), null);
  }
}
