package dev.labelsdk.refonte;

import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.ErrorResponse;
import java.time.Duration;

/** HTTP 402: the feature (e.g. this task type) is not enabled for the account. Not retried. */
public class NotEnabledException extends ApiException implements RefonteError {

  private static final long serialVersionUID = 1L;

  /**
   * @param statusCode the HTTP status
   * @param errorMessage the body's {@code error}, or its raw text when it is not JSON
   * @param rawBody the body as received ({@code ""} when none)
   * @param requestId the {@code X-Request-Id} response header, or null
   * @param retryAfter the {@code Retry-After} response header as a duration, or null
   */
  public NotEnabledException(int statusCode, String errorMessage, String rawBody,
      String requestId, Duration retryAfter) {
    super(ErrorResponses.describe(statusCode, errorMessage, requestId,
        "The feature is not enabled for this account; ask"
        + " Refonte support to enable it."),
        new ErrorResponse(statusCode, errorMessage, rawBody, requestId, retryAfter), null);
  }
}
