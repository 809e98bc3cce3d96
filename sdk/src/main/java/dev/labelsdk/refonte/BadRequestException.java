package dev.labelsdk.refonte;

import dev.labelsdk.core.ErrorResponse;
import java.time.Duration;

/**
 * HTTP 400: a parameter is missing or invalid, or the action is not allowed in the current
 * state (e.g. cancelling a completed task). Not retried.
 *
 * @deprecated catch {@link dev.labelsdk.core.BadRequestException}, which this extends and which
 *     {@code ClarifaiClient} throws too. {@code RefonteClient} still throws this subclass, so
 *     existing {@code catch} blocks keep working.
 */
@Deprecated
public class BadRequestException extends dev.labelsdk.core.BadRequestException
    implements RefonteError {

  private static final long serialVersionUID = 1L;

  /**
   * @param statusCode the HTTP status
   * @param errorMessage the body's {@code error}, or its raw text when it is not JSON
   * @param rawBody the body as received ({@code ""} when none)
   * @param requestId the {@code X-Request-Id} response header, or null
   * @param retryAfter the {@code Retry-After} response header as a duration, or null
   */
  public BadRequestException(int statusCode, String errorMessage, String rawBody, String requestId,
      Duration retryAfter) {
    super(ErrorResponses.describe(statusCode, errorMessage, requestId, null),
        new ErrorResponse(statusCode, errorMessage, rawBody, requestId, retryAfter), null);
  }
}
