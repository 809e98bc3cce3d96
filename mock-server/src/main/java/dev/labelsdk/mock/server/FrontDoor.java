package dev.labelsdk.mock.server;

import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.NetworkChannel;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Components;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The one Jetty handler of the mock. Every request takes one path: bytes in, the access
 * checks, the body read (without holding a thread) and decoded, an {@link ApiRequest} to the
 * endpoint its {@link Routes route} names, the {@link ApiResponse} out as bytes. Paths no API
 * owns go to WireMock, for users' own stubs. Knows nothing about task semantics.
 */
final class FrontDoor extends Handler.Abstract {

  /** Larger bodies are refused: from Content-Length before reading, or once the limit passes. */
  static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

  private static final byte[] EMPTY = new byte[0];
  private static final String VERSION = MockVersion.get();

  private final Routes routes;
  private final LocalAccess access;
  private final WireMockBridge wireMock;
  private final Consumer<String> accessLog;
  private final Runnable shutdown;

  /**
   * @param shutdown what {@code POST /__admin/shutdown} runs once it has answered; null refuses
   *     it (in-process, the test run owns the JVM)
   */
  FrontDoor(Routes routes, LocalAccess access, WireMockBridge wireMock, Consumer<String> accessLog,
      Runnable shutdown) {
    // API answers take microseconds: computed where the request arrives (often the selector
    // thread), they cost no hand-off. What may block or take long goes to a worker (dispatch).
    super(InvocationType.NON_BLOCKING);
    this.routes = routes;
    this.access = access;
    this.wireMock = wireMock;
    this.accessLog = accessLog;
    this.shutdown = shutdown;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Exchange x = new Exchange(request, response, callback, routes.match(request.getHttpURI().getPath()));
    response.getHeaders().put(MockVersion.HEADER, VERSION);
    try {
      admit(x);
    } catch (RefusedRequest refused) {
      x.refuse(refused, true);
      return true;
    } catch (RuntimeException bug) {
      x.failed();
      return true;
    }
    if (x.preflight) {
      return true;
    }
    if (!hasBody(request)) {
      x.dispatch(EMPTY);
    } else {
      BodyReader.read(request, x.route.maxBodyBytes(), x);
    }
    return true;
  }

  /** The checks that come before any body is read; a preflight is answered here. */
  private void admit(Exchange x) throws RefusedRequest {
    HttpURI uri = x.request.getHttpURI();
    int targetLength = uri.getPath().length() + (uri.getQuery() == null ? 0 : uri.getQuery().length() + 1);
    if (targetLength > LabelMockServer.MAX_TARGET_BYTES) {
      throw new RefusedRequest(414, "The request target (path and query) is " + targetLength
          + " bytes, too long (the limit is " + LabelMockServer.MAX_TARGET_BYTES + "): shorten it.");
    }
    HttpFields headers = x.request.getHeaders();
    int headerBytes = 0;
    for (HttpField field : headers) {
      headerBytes += field.getName().length() + (field.getValue() == null ? 0 : field.getValue().length()) + 4;
    }
    if (headerBytes > LabelMockServer.MAX_HEADER_BYTES) {
      throw new RefusedRequest(431, "The request headers are too large (" + headerBytes + " bytes, the limit is "
          + LabelMockServer.MAX_HEADER_BYTES + "): send fewer or smaller headers.");
    }
    if (!access.hostAllowed(headers.get(HttpHeader.HOST))) {
      throw new RefusedRequest(403, "Host \"" + headers.get(HttpHeader.HOST) + "\" does not name"
          + " this server: use localhost or 127.0.0.1 (or start it with --allow-host NAME).");
    }
    String origin = headers.get(HttpHeader.ORIGIN);
    String method = x.request.getMethod();
    if (x.route.kind() != Routes.Kind.WIREMOCK && method.equals("OPTIONS") && origin != null
        && headers.contains(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD)) {
      x.preflight(origin);
      return;
    }
    if (x.route.isControl() && !access.controlOriginAllowed(origin)) {
      throw new RefusedRequest(403, "Control requests from web pages are refused (Origin "
          + origin + "): call the control plane from a test or a terminal, or start the server"
          + " with --cors-origin and --cors-control.");
    }
    if (x.route.isControl() && changesState(method) && hasBody(x.request)
        && !isJson(headers.get(HttpHeader.CONTENT_TYPE))) {
      throw new RefusedRequest(415, "Control requests that carry a body need"
          + " Content-Type: application/json.");
    }
    if (x.request.getLength() > x.route.maxBodyBytes()) {
      throw new RefusedRequest(400, BodyReader.tooLarge(x.route.maxBodyBytes()));
    }
  }

  private static boolean changesState(String method) {
    return !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
  }

  /** A body is announced by a positive Content-Length or by chunking; without either there is none. */
  private static boolean hasBody(Request request) {
    long length = request.getLength();
    return length > 0 || (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING));
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    int semi = type.indexOf(';');
    type = (semi < 0 ? type : type.substring(0, semi)).trim();
    return type.equals("application/json") || type.endsWith("+json");
  }

  /** One request on its way through: the body arrives in {@link #read} or is refused. */
  private final class Exchange implements BodyReader.Outcome {
    final Request request;
    final Response response;
    final Callback callback;
    final Routes.Route route;
    final long startNanos = System.nanoTime();
    boolean preflight;

    Exchange(Request request, Response response, Callback callback, Routes.Route route) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.route = route;
    }

    @Override
    public void read(byte[] body) {
      dispatch(body);
    }

    @Override
    public void refused(RefusedRequest why) {
      refuse(why, true);
    }

    void dispatch(byte[] raw) {
      if (route.needsWorker()) {
        request.getComponents().getExecutor().execute(() -> answerNow(raw));
      } else {
        answerNow(raw);
      }
    }

    private void answerNow(byte[] raw) {
      try {
        byte[] body = BodyDecoding.decode(
            request.getHeaders().get(HttpHeader.CONTENT_ENCODING), raw, route.maxBodyBytes());
        switch (route.kind()) {
          case API, CONTROL -> answer(route.endpoint().handle(apiRequest(body)));
          case SHUTDOWN -> shutdown();
          case WIREMOCK, WIREMOCK_ADMIN -> relay(body);
        }
      } catch (RefusedRequest refused) {
        refuse(refused, false);
      } catch (RuntimeException bug) {
        failed();
      }
    }

    private ApiRequest apiRequest(byte[] body) {
      HttpURI uri = request.getHttpURI();
      String query = uri.getQuery();
      ApiRequest.Builder b = ApiRequest.builder(request.getMethod(),
          query == null ? uri.getPath() : uri.getPath() + "?" + query);
      for (HttpField field : request.getHeaders()) {
        b.header(field.getName(), field.getValue());
      }
      return b.body(body).build();
    }

    private void shutdown() {
      if (!request.getMethod().equals("POST")) {
        answer(ErrorShapes.error(request.getMethod(), path(), 405, "Send POST to shut down.")
            .withHeader("Allow", "POST"));
      } else if (shutdown == null) {
        answer(ErrorShapes.error(request.getMethod(), path(), 403, "An in-process server is not"
            + " shut down over HTTP: call LabelMockServer.stop() (the JUnit extension does)."));
      } else {
        write(200, Map.of("Content-Type", List.of(ApiResponse.JSON)),
            "{\"message\":\"Shutting down.\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            false, () -> new Thread(shutdown, "labelsdk-http-shutdown").start());
      }
    }

    private void relay(byte[] body) {
      List<Map.Entry<String, String>> headers = new ArrayList<>();
      for (HttpField field : request.getHeaders()) {
        headers.add(new AbstractMap.SimpleImmutableEntry<>(field.getName(), field.getValue()));
      }
      HttpURI uri = request.getHttpURI();
      String target = uri.getQuery() == null ? uri.getPath() : uri.getPath() + "?" + uri.getQuery();
      WireMockBridge.Answer a = wireMock.serve(request.getMethod(),
          request.getHeaders().get(HttpHeader.HOST), target, headers, body,
          route.kind() == Routes.Kind.WIREMOCK_ADMIN);
      if (a.dropConnection()) {
        drop();
        return;
      }
      write(a.status(), a.headers(), a.body(), false, null);
    }

    void answer(ApiResponse r) {
      if (r.isDeferred()) {
        later(r);
        return;
      }
      if (r.isConnectionReset()) {
        drop();
        return;
      }
      write(r, false);
    }

    /**
     * An injected delay: the answer is computed once it is over, on a pool thread; no thread
     * waits in between (Jetty's scheduler holds the timer).
     */
    private void later(ApiResponse deferred) {
      Components c = request.getComponents();
      c.getScheduler().schedule(() -> c.getExecutor().execute(() -> {
        try {
          answer(deferred.resolve());
        } catch (RuntimeException bug) {
          failed();
        }
      }), deferred.delayMillis(), TimeUnit.MILLISECONDS);
    }

    void refuse(RefusedRequest why, boolean bodyUnread) {
      write(ErrorShapes.error(request.getMethod(), path(), why.status(), why.getMessage()), bodyUnread);
    }

    private void write(ApiResponse r, boolean closeAfter) {
      HttpFields.Mutable h = response.getHeaders();
      r.headers().forEach(h::put);
      write(r.status(), Map.of(), r.body(), closeAfter, null);
    }

    /** A bug of ours: a 500 that names no Java class and leaves state as it was. */
    void failed() {
      refuse(new RefusedRequest(500, "The mock server failed to handle this request. This is a"
          + " bug in labelsdk; please report it with the request that caused it."), true);
    }

    void preflight(String origin) {
      preflight = true;
      if (!access.corsAllows(origin, route.isControl())) {
        // No CORS headers: the browser refuses the real request.
        write(403, Map.of(), EMPTY, false, null);
        return;
      }
      HttpFields.Mutable h = response.getHeaders();
      h.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
      h.put(HttpHeader.VARY, "Origin");
      h.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST, PUT, PATCH, DELETE");
      String asked = request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_HEADERS);
      if (asked != null) {
        h.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, asked);
      }
      h.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "600");
      write(204, Map.of(), EMPTY, false, null);
    }

    private void write(int status, Map<String, List<String>> headers, byte[] body,
        boolean closeAfter, Runnable afterWrite) {
      response.setStatus(status);
      HttpFields.Mutable h = response.getHeaders();
      headers.forEach((name, values) -> {
        if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Transfer-Encoding")) {
          h.put(name, values);
        }
      });
      String origin = request.getHeaders().get(HttpHeader.ORIGIN);
      if (!preflight && route.kind() != Routes.Kind.WIREMOCK && access.corsAllows(origin, route.isControl())) {
        h.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        h.put(HttpHeader.VARY, "Origin");
        h.put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, "X-Request-Id, Retry-After, " + MockVersion.HEADER);
      }
      if (closeAfter) {
        h.put(HttpHeader.CONNECTION, "close"); // the unread body must not be parsed as a request
      }
      h.put(HttpHeader.CONTENT_LENGTH, body.length);
      response.write(true, ByteBuffer.wrap(body), Callback.from(() -> {
        log(status);
        callback.succeeded();
        if (afterWrite != null) {
          afterWrite.run();
        }
      }, failure -> {
        log(status);
        callback.failed(failure);
      }));
    }

    /** Drops the connection with a TCP reset, as a crashed server or a proxy would. */
    private void drop() {
      EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
      if (endPoint.getTransport() instanceof NetworkChannel channel) {
        try {
          // Closed here, not by Jetty: Jetty would shut the output down first (a clean FIN,
          // which clients take for a stale kept-alive connection and silently retry).
          channel.setOption(StandardSocketOptions.SO_LINGER, 0);
          channel.close();
        } catch (java.io.IOException | RuntimeException ignored) {
          // closing without the reset is the next best thing
        }
      }
      endPoint.close();
      log(0);
      callback.failed(new EofException("connection dropped by an injected fault"));
    }

    private String path() {
      return request.getHttpURI().getPath();
    }

    private void log(int status) {
      if (accessLog != null) {
        long micros = (System.nanoTime() - startNanos) / 1000;
        accessLog.accept(request.getMethod() + " " + path() + " " + status + " "
            + (micros / 1000) + "." + String.format("%03d", micros % 1000) + "ms");
      }
    }
  }
}
