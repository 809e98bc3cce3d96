package dev.labelsdk.core;

/**
 * The server refused the request as invalid (HTTP 400, or the API's own code for it). Not retried.
 */
public class BadRequestException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(String, ErrorResponse, Throwable)}. */
  public BadRequestException(String message, ErrorResponse response, Throwable cause) {
    super(message, response, cause);
  }
}
