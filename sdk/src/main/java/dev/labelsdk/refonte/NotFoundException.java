package dev.labelsdk.refonte;

import dev.labelsdk.core.ErrorResponse;
import java.time.Duration;

/**
 * HTTP 404: no such task, batch or project in this account (another account's resources look
 * the same). Not retried.
 *
 * @deprecated catch {@link dev.labelsdk.core.NotFoundException}, which this extends and which
 *     {@code ClarifaiClient} throws too. {@code RefonteClient} still throws this subclass, so
 *     existing {@code catch} blocks keep working.
 */
@Deprecated
public class NotFoundException extends dev.labelsdk.core.NotFoundException
    implements RefonteError {

  private static final long serialVersionUID = 1L;

  /**
   * @param statusCode the HTTP status
   * @param errorMessage the body's {@code error}, or its raw text when it is not JSON
   * @param rawBody the body as received ({@code ""} when none)
   * @param requestId the {@code X-Request-Id} response header, or null
   * @param retryAfter the {@code Retry-After} response header as a duration, or null
   */
  public NotFoundException(int statusCode, String errorMessage, String rawBody, String requestId,
      Duration retryAfter) {
    super(ErrorResponses.describe(statusCode, errorMessage, requestId,
        "Check the id or name, and that the API key belongs"
        + " to the account that owns it."),
        new ErrorResponse(statusCode, errorMessage, rawBody, requestId, retryAfter), null);
  }
}
