package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.time.Duration;

/**
 * Too many requests: 11005 CONN_THROTTLED (the per-second limit, 15 by default), 11003
 * CONN_EXCEED_HOURLY_LIMIT or 11004 CONN_EXCEED_MONTHLY_LIMIT. The first two are retried
 * automatically after {@link #retryAfter()} (or the backoff); thrown once the retries are
 * used up. A throttled request had no effect.
 */
public class RateLimitException extends ClarifaiApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ClarifaiApiException#ClarifaiApiException(int, Status, String, Duration)}. */
  public RateLimitException(int httpStatus, Status status, String rawBody, Duration retryAfter) {
    super(httpStatus, status, rawBody, retryAfter, retryAfter == null
        ? "Slow down and retry later." : "Retry after " + retryAfter.toSeconds() + " s.", null);
  }
}
