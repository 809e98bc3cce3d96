package dev.labelsdk.mock.server;

/**
 * A request the front door refuses before any API sees it: a 4xx with a message that says
 * what to fix, answered in the error shape of the API the path belongs to.
 */
final class RefusedRequest extends Exception {

  private final int status;

  RefusedRequest(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
