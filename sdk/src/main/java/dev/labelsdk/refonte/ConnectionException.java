package dev.labelsdk.refonte;

import java.io.IOException;

/**
 * No usable HTTP response: the connection failed or was reset, or a timeout expired. The
 * cause is the underlying {@link IOException}. Retried automatically; thrown once the retries
 * are used up. {@link #statusCode()} is 0.
 */
public class ConnectionException extends RefonteException {

  private static final long serialVersionUID = 1L;

  /**
   * @param request what was being called, e.g. {@code "POST https://.../v1/task/categorization"}
   * @param cause the I/O failure
   */
  public ConnectionException(String request, IOException cause) {
    super(0, request + ": " + cause, "", null, null,
        "Check the network and the base URL; the call can be retried.", cause);
  }
}
