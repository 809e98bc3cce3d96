package dev.labelsdk.refonte;

import java.time.Duration;

/** HTTP 5xx: the server failed. Retried automatically; thrown once the retries are used up. */
public class ServerException extends RefonteException {

  private static final long serialVersionUID = 1L;

  /** See {@link RefonteException#RefonteException(int, String, String, String, Duration)}. */
  public ServerException(int statusCode, String errorMessage, String rawBody,
      String requestId, Duration retryAfter) {
    super(statusCode, errorMessage, rawBody, requestId, retryAfter,
        "The service failed; the client already retried. Try again later.", null);
  }
}
