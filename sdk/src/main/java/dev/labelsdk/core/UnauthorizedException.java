package dev.labelsdk.core;

/**
 * The key is missing, malformed or unknown (HTTP 401, or the API's own code for it). Not retried.
 */
public class UnauthorizedException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(String, ErrorResponse, Throwable)}. */
  public UnauthorizedException(String message, ErrorResponse response, Throwable cause) {
    super(message, response, cause);
  }
}
