package dev.labelsdk.core;

/**
 * An id, name or key is taken, or the object is not in a state that allows the action (HTTP 409, or
 * the API's own code for it). Not retried.
 */
public class ConflictException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(String, ErrorResponse, Throwable)}. */
  public ConflictException(String message, ErrorResponse response, Throwable cause) {
    super(message, response, cause);
  }
}
