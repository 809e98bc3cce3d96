package dev.labelsdk.refonte;

import dev.labelsdk.core.ErrorResponse;
import java.io.IOException;

/**
 * No usable HTTP response: the connection failed or was reset, or a timeout expired. The
 * cause is the underlying {@link IOException}. Retried automatically; thrown once the retries
 * are used up. {@link #httpStatus()} is 0.
 *
 * @deprecated catch {@link dev.labelsdk.core.ConnectionException}, which this extends and which
 *     {@code ClarifaiClient} throws too. {@code RefonteClient} still throws this subclass, so
 *     existing {@code catch} blocks keep working.
 */
@Deprecated
public class ConnectionException extends dev.labelsdk.core.ConnectionException
    implements RefonteError {

  private static final long serialVersionUID = 1L;

  /**
   * @param request what was being called, e.g. {@code "POST https://.../v1/task/categorization"}
   * @param cause the I/O failure
   */
  public ConnectionException(String request, IOException cause) {
    super(ErrorResponses.describe(0, request + ": " + cause, null,
        "Check the network and the base URL; the call can be retried."),
        new ErrorResponse(0, request + ": " + cause, "", null, null), cause);
  }
}
