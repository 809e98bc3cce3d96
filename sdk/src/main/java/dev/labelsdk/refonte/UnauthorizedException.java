package dev.labelsdk.refonte;

import java.time.Duration;

/** HTTP 401: no valid API key. Not retried. */
public class UnauthorizedException extends RefonteException {

  private static final long serialVersionUID = 1L;

  /** See {@link RefonteException#RefonteException(int, String, String, String, Duration)}. */
  public UnauthorizedException(int statusCode, String errorMessage, String rawBody,
      String requestId, Duration retryAfter) {
    super(statusCode, errorMessage, rawBody, requestId, retryAfter,
        "Check the API key given to RefonteClient.builder().apiKey(...) or the REFONTE_API_KEY"
            + " environment variable (test keys start with test_, live keys with live_).", null);
  }
}
