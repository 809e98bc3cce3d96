package dev.labelsdk.refonte;

import dev.labelsdk.core.ErrorResponse;

/**
 * A success status (2xx) whose body is not what the API documents (not JSON, or a required
 * field missing or of the wrong type). {@link #rawBody()} holds what was received. Not
 * retried: the server answered, so repeating the call would not help.
 *
 * @deprecated catch {@link dev.labelsdk.core.MalformedResponseException}, which this extends
 *     and which {@code ClarifaiClient} throws too. {@code RefonteClient} still throws this
 *     subclass, so existing {@code catch} blocks keep working.
 */
@Deprecated
public class MalformedResponseException extends dev.labelsdk.core.MalformedResponseException
    implements RefonteError {

  private static final long serialVersionUID = 1L;

  /**
   * @param statusCode the (2xx) status
   * @param problem what is wrong with the body
   * @param rawBody the body as received
   * @param requestId the {@code X-Request-Id}, or null
   * @param cause the parse failure
   */
  public MalformedResponseException(int statusCode, String problem, String rawBody,
      String requestId, Throwable cause) {
    super(ErrorResponses.describe(statusCode, "unexpected response body: " + problem,
        requestId, "Is the base URL pointing at the Refonte API?"),
        new ErrorResponse(statusCode, "unexpected response body: " + problem, rawBody,
            requestId, null), cause);
  }
}
