package dev.labelsdk.refonte;

import dev.labelsdk.core.ErrorResponse;
import java.time.Duration;

/**
 * HTTP 429: too many requests (task creation is limited per account), or a create with the
 * same idempotency key is still in flight. Retried automatically, waiting
 * {@link #retryAfter()}; thrown once the retries are used up.
 *
 * @deprecated catch {@link dev.labelsdk.core.RateLimitException}, which this extends and which
 *     {@code ClarifaiClient} throws too. {@code RefonteClient} still throws this subclass, so
 *     existing {@code catch} blocks keep working.
 */
@Deprecated
public class RateLimitException extends dev.labelsdk.core.RateLimitException
    implements RefonteError {

  private static final long serialVersionUID = 1L;

  /**
   * @param statusCode the HTTP status
   * @param errorMessage the body's {@code error}, or its raw text when it is not JSON
   * @param rawBody the body as received ({@code ""} when none)
   * @param requestId the {@code X-Request-Id} response header, or null
   * @param retryAfter the {@code Retry-After} response header as a duration, or null
   */
  public RateLimitException(int statusCode, String errorMessage, String rawBody, String requestId,
      Duration retryAfter) {
    super(ErrorResponses.describe(statusCode, errorMessage, requestId, retryAfter == null
        ? "Slow down and retry later." : "Retry after " + retryAfter.toSeconds() + " s."),
        new ErrorResponse(statusCode, errorMessage, rawBody, requestId, retryAfter), null);
  }
}
