package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.time.Duration;

/**
 * Too many requests: 11005 CONN_THROTTLED (the per-second limit, 15 by default), 11003
 * CONN_EXCEED_HOURLY_LIMIT or 11004 CONN_EXCEED_MONTHLY_LIMIT. The first two are retried
 * automatically after {@link #retryAfter()} (or the backoff); thrown once the retries are
 * used up. A throttled request had no effect.
 */
public class RateLimitException extends dev.labelsdk.core.RateLimitException
    implements ClarifaiError {

  private static final long serialVersionUID = 1L;

  /**
   * @param httpStatus the HTTP status
   * @param status the body's {@code status}, or null when the body is not a Clarifai envelope
   * @param rawBody the body as received ({@code ""} when none)
   * @param retryAfter the {@code Retry-After} header as a duration, or null
   */
  public RateLimitException(int httpStatus, Status status, String rawBody, Duration retryAfter) {
    super(ErrorMapping.describe(httpStatus, status, rawBody, retryAfter == null
        ? "Slow down and retry later." : "Retry after " + retryAfter.toSeconds() + " s."),
        ErrorMapping.response(httpStatus, status, rawBody, retryAfter), null);
  }
}
