package dev.labelsdk.core;

/**
 * No usable answer: the connection failed or was reset, or a timeout expired. The cause is the
 * underlying {@link java.io.IOException}; {@link #httpStatus()} is 0. Retried when the call is
 * safe to repeat; thrown once the retries are used up.
 */
public class ConnectionException extends ApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ApiException#ApiException(String, ErrorResponse, Throwable)}. */
  public ConnectionException(String message, ErrorResponse response, Throwable cause) {
    super(message, response, cause);
  }
}
