package dev.labelsdk.clarifai;

import java.io.IOException;

/**
 * No usable answer: the connection failed or was reset, or a timeout expired. The cause is the
 * underlying {@link IOException}; {@link #httpStatus()} and {@link #code()} are 0. Retried
 * automatically when the call is safe to repeat; thrown once the retries are used up.
 */
public class ConnectionException extends dev.labelsdk.core.ConnectionException
    implements ClarifaiError {

  private static final long serialVersionUID = 1L;

  /**
   * @param request what was being called, e.g. {@code "GET https://.../tasks/abc"}
   * @param cause the I/O failure
   */
  public ConnectionException(String request, IOException cause) {
    super(ErrorMapping.describe(0, null, "", request + ": " + cause
        + ". Check the network and the base URL; the call can be retried."),
        ErrorMapping.response(0, null, "", null), cause);
  }
}
