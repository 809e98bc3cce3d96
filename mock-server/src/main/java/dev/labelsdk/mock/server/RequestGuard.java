package dev.labelsdk.mock.server;

import dev.labelsdk.mock.clarifai.wire.ClarifaiHttpApi;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.http.MalformedRequestException;
import dev.labelsdk.mock.http.QueryParams;
import dev.labelsdk.mock.refonte.wire.RefonteHttpApi;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * A servlet filter in front of WireMock. WireMock decodes the query string (and form or
 * multipart bodies) before any of its extensions run and answers malformed ones with a 500
 * page; this refuses bad queries (and bodies over the size limit, before they are read) with
 * a 400 in the API's error shape, and shields API bodies from eager parsing
 * ({@link BodyTypeShield}). It also writes the one-line-per-request access log.
 */
final class RequestGuard implements Filter {

  /**
   * Larger bodies are refused: from their Content-Length without reading them, or, when sent
   * chunked, as soon as the limit is passed.
   */
  static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

  private final Consumer<String> accessLog;

  RequestGuard(Consumer<String> accessLog) {
    this.accessLog = accessLog;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) resp;
    long start = System.nanoTime();
    String path = request.getRequestURI();
    try {
      String refusal = refusal(request);
      HttpServletRequest forward = request;
      if (refusal == null && isApi(path) && request.getContentLengthLong() < 0 && hasBody(request)) {
        forward = BufferedBody.read(request, MAX_BODY_BYTES);
        if (forward == null) {
          refusal = tooLarge();
        }
      }
      if (refusal != null) {
        write(response, ErrorShapes.error(request.getMethod(), path, 400, refusal));
      } else {
        chain.doFilter(isApi(path) ? BodyTypeShield.wrap(forward) : forward, resp);
      }
    } finally {
      if (accessLog != null) {
        long micros = (System.nanoTime() - start) / 1000;
        accessLog.accept(request.getMethod() + " " + path + " " + response.getStatus() + " "
            + (micros / 1000) + "." + String.format("%03d", micros % 1000) + "ms");
      }
    }
  }

  private static String refusal(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query != null) {
      try {
        QueryParams.parse(query);
      } catch (MalformedRequestException e) {
        return "Malformed query string: " + e.getMessage();
      }
    }
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      return tooLarge();
    }
    return null;
  }

  private static String tooLarge() {
    return "The request body is larger than " + MAX_BODY_BYTES + " bytes (10 MiB).";
  }

  /** A chunked body is announced by Transfer-Encoding; without it there is none. */
  private static boolean hasBody(HttpServletRequest request) {
    return request.getHeader("Transfer-Encoding") != null;
  }

  /** Paths served by the mocked APIs (the rest is plain WireMock, left as it is). */
  private static boolean isApi(String path) {
    return RefonteHttpApi.handles(path) || ClarifaiHttpApi.handles(path);
  }

  static void write(HttpServletResponse response, ApiResponse api) throws IOException {
    response.setStatus(api.status());
    api.headers().forEach(response::setHeader);
    response.setHeader("Connection", "close");
    response.setContentLength(api.body().length);
    response.getOutputStream().write(api.body());
    response.flushBuffer(); // answer now: an unread body must not hold the response back
  }
}
