package dev.labelsdk.refonte;

import dev.labelsdk.core.ErrorResponse;
import java.time.Duration;

/**
 * HTTP 5xx: the server failed. Retried automatically; thrown once the retries are used up.
 *
 * @deprecated catch {@link dev.labelsdk.core.ServerException}, which this extends and which
 *     {@code ClarifaiClient} throws too. {@code RefonteClient} still throws this subclass, so
 *     existing {@code catch} blocks keep working.
 */
@Deprecated
public class ServerException extends dev.labelsdk.core.ServerException
    implements RefonteError {

  private static final long serialVersionUID = 1L;

  /**
   * @param statusCode the HTTP status
   * @param errorMessage the body's {@code error}, or its raw text when it is not JSON
   * @param rawBody the body as received ({@code ""} when none)
   * @param requestId the {@code X-Request-Id} response header, or null
   * @param retryAfter the {@code Retry-After} response header as a duration, or null
   */
  public ServerException(int statusCode, String errorMessage, String rawBody, String requestId,
      Duration retryAfter) {
    super(ErrorResponses.describe(statusCode, errorMessage, requestId,
        "The service failed; the client already retried."
        + " Try again later."),
        new ErrorResponse(statusCode, errorMessage, rawBody, requestId, retryAfter), null);
  }
}
