package dev.labelsdk.refonte;

import dev.labelsdk.core.ErrorResponse;
import java.time.Duration;

/**
 * HTTP 401: no valid API key. Not retried.
 *
 * @deprecated catch {@link dev.labelsdk.core.UnauthorizedException}, which this extends and which
 *     {@code ClarifaiClient} throws too. {@code RefonteClient} still throws this subclass, so
 *     existing {@code catch} blocks keep working.
 */
@Deprecated
public class UnauthorizedException extends dev.labelsdk.core.UnauthorizedException
    implements RefonteError {

  private static final long serialVersionUID = 1L;

  /**
   * @param statusCode the HTTP status
   * @param errorMessage the body's {@code error}, or its raw text when it is not JSON
   * @param rawBody the body as received ({@code ""} when none)
   * @param requestId the {@code X-Request-Id} response header, or null
   * @param retryAfter the {@code Retry-After} response header as a duration, or null
   */
  public UnauthorizedException(int statusCode, String errorMessage, String rawBody,
      String requestId, Duration retryAfter) {
    super(ErrorResponses.describe(statusCode, errorMessage, requestId,
        "Check the API key given to"
        + " RefonteClient.builder().apiKey(...) or the REFONTE_API_KEY environment variable"
        + " (test keys start with test_, live keys with live_)."),
        new ErrorResponse(statusCode, errorMessage, rawBody, requestId, retryAfter), null);
  }
}
