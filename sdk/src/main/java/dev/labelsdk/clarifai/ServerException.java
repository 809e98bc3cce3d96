package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.time.Duration;

/**
 * The server failed (98004, 99009, 10030 TRY_AGAIN, other codes from 98000, or HTTP 5xx).
 * Retried automatically when safe (see {@link ClarifaiClient}); thrown once the retries are
 * used up.
 */
public class ServerException extends dev.labelsdk.core.ServerException
    implements ClarifaiError {

  private static final long serialVersionUID = 1L;

  /**
   * @param httpStatus the HTTP status
   * @param status the body's {@code status}, or null when the body is not a Clarifai envelope
   * @param rawBody the body as received ({@code ""} when none)
   * @param retryAfter the {@code Retry-After} header as a duration, or null
   */
  public ServerException(int httpStatus, Status status, String rawBody, Duration retryAfter) {
    super(ErrorMapping.describe(httpStatus, status, rawBody, null),
        ErrorMapping.response(httpStatus, status, rawBody, retryAfter), null);
  }
}
