package dev.labelsdk.mock.server;

import dev.labelsdk.mock.http.ApiResponse;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty refuses before the front door runs (a request line or target it cannot parse,
 * oversized headers or URI, an unknown HTTP version) is answered in the error shape of the API
 * the path belongs to, always as a 4xx, with a message that says what to fix and no Java names.
 */
final class JsonErrorHandler extends ErrorHandler {

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    HttpURI uri = request.getHttpURI();
    String method = request.getMethod();
    String path = uri == null || uri.getPath() == null ? "" : uri.getPath();
    if (path.equals(TargetRecordingHttpFactory.PLACEHOLDER_TARGET)) { // Jetty could not parse the target: use it as received
      String[] line = TargetRecordingHttpFactory.lastRequestLine(
          request.getConnectionMetaData().getConnection());
      method = line == null ? null : line[0];
      path = line == null ? "" : pathOf(line[1]);
    }
    int status = clientStatus(code);
    ApiResponse api = ErrorShapes.error(method, path, status, advice(status, message));
    response.setStatus(status);
    HttpFields.Mutable h = response.getHeaders();
    api.headers().forEach(h::put);
    h.put(MockVersion.HEADER, MockVersion.get());
    h.put(HttpHeader.CONTENT_LENGTH, api.body().length);
    response.write(true, ByteBuffer.wrap(api.body()), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    ApiResponse api = ErrorShapes.error(null, "", clientStatus(status), advice(clientStatus(status), reason));
    fields.put(HttpHeader.CONTENT_TYPE, ApiResponse.JSON);
    fields.put(MockVersion.HEADER, MockVersion.get());
    return ByteBuffer.wrap(api.body());
  }

  private static String pathOf(String target) {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  /** Jetty answers a few malformed requests with 5xx (505, 501): they are the client's fault. */
  private static int clientStatus(int code) {
    return code == 505 || code == 501 || code < 400 ? 400 : code;
  }

  static String advice(int status, String reason) {
    return switch (status) {
      case 414 -> "The request target (path and query) is too long: shorten it.";
      case 431 -> "The request headers are too large: send fewer or smaller headers.";
      case 408 -> "The request did not arrive in time: send it whole, without pauses.";
      case 413 -> "The request is too large.";
      default -> "Bad request: " + plain(reason) + ". Check the request line, headers and"
          + " encoding (HTTP/1.1, percent-encoded UTF-8 targets).";
    };
  }

  /** Jetty's reason, unless it names a Java type: then the plain status text. */
  private static String plain(String reason) {
    if (reason == null || reason.isBlank() || reason.equals("Bad Request")) {
      return "the request line could not be parsed (every % in the target must start a"
          + " two-digit hex escape)";
    }
    if ( reason.matches("(?s).*\\b[a-z]+(\\.[a-zA-Z_$][\\w$]*)+(Exception|Error)\\b.*")) {
      return "malformed HTTP request";
    }
    String r = reason.trim();
    return r.endsWith(".") ? r.substring(0, r.length() - 1) : r;
  }

  static String statusText(int code) {
    return HttpStatus.getMessage(code);
  }
}
