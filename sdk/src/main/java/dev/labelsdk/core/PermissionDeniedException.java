package dev.labelsdk.core;

/** The key may not do this (HTTP 403, or the API's own code for it). Not retried. */
public class PermissionDeniedException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(String, ErrorResponse, Throwable)}. */
  public PermissionDeniedException(String message, ErrorResponse response, Throwable cause) {
    super(message, response, cause);
  }
}
