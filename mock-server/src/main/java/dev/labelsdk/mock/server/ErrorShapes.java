package dev.labelsdk.mock.server;

import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.refonte.wire.ErrorEnvelope;

/**
 * Errors raised below the APIs (by the request guard or by Jetty itself) still answer in the
 * error shape of the API the path belongs to.
 */
final class ErrorShapes {

  private ErrorShapes() {}

  static ApiResponse error(String rawPath, int status, String message) {
    return ErrorEnvelope.of(status, message);
  }
}
