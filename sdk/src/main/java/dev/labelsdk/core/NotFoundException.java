package dev.labelsdk.core;

/** No such object for this key (HTTP 404, or the API's own code for it). Not retried. */
public class NotFoundException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(String, ErrorResponse, Throwable)}. */
  public NotFoundException(String message, ErrorResponse response, Throwable cause) {
    super(message, response, cause);
  }
}
