package dev.labelsdk.core;

/**
 * A success status whose body is not what the API documents (not JSON, or a field missing or of the
 * wrong type): typically a proxy's page, or a base URL that does not point at the API. {@link
 * #rawBody()} holds what was received. Not retried.
 */
public class MalformedResponseException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(String, ErrorResponse, Throwable)}. */
  public MalformedResponseException(String message, ErrorResponse response, Throwable cause) {
    super(message, response, cause);
  }
}
