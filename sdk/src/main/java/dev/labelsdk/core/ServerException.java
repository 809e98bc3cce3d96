package dev.labelsdk.core;

/**
 * The server failed (HTTP 5xx, or the API's own code for it). Retried when the call is safe to
 * repeat; thrown once the retries are used up.
 */
public class ServerException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(String, ErrorResponse, Throwable)}. */
  public ServerException(String message, ErrorResponse response, Throwable cause) {
    super(message, response, cause);
  }
}
