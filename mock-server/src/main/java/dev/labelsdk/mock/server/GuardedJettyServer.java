package dev.labelsdk.mock.server;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import dev.labelsdk.mock.http.ApiResponse;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty 11 server with the {@link RequestGuard} in front of every context and JSON
 * error pages, in the API's error shape, for what Jetty refuses itself (e.g. a malformed
 * {@code %XX} in the path; {@link RequestLineMemory} tells which API the path belongs to).
 */
final class GuardedJettyServer extends Jetty11HttpServer {

  GuardedJettyServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs,
      RequestGuard guard) {
    super(options, admin, stubs);
    for (Handler handler : jettyServer.getChildHandlersByClass(ServletContextHandler.class)) {
      ServletContextHandler context = (ServletContextHandler) handler;
      context.addFilter(new FilterHolder(guard), "/*", EnumSet.of(DispatcherType.REQUEST));
      context.setErrorHandler(new JsonErrorHandler());
    }
    jettyServer.setErrorHandler(new JsonErrorHandler());
    for (Connector connector : jettyServer.getConnectors()) {
      rememberRequestLines((AbstractConnector) connector);
    }
  }

  /** Swaps each connector's HTTP/1.1 factory for one that remembers request lines. */
  private static void rememberRequestLines(AbstractConnector connector) {
    HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
    if (http == null || http instanceof RequestLineMemory) {
      return;
    }
    RequestLineMemory memory = new RequestLineMemory(http.getHttpConfiguration());
    memory.setUseInputDirectByteBuffers(http.isUseInputDirectByteBuffers());
    memory.setUseOutputDirectByteBuffers(http.isUseOutputDirectByteBuffers());
    memory.setRecordHttpComplianceViolations(http.isRecordHttpComplianceViolations());
    boolean wasDefault = http.getProtocol().equals(connector.getDefaultConnectionFactory().getProtocol());
    connector.removeConnectionFactory(http.getProtocol());
    connector.addConnectionFactory(memory);
    if (wasDefault) {
      connector.setDefaultProtocol(memory.getProtocol());
    }
  }

  /** Builds {@link GuardedJettyServer}s for WireMock. */
  static HttpServerFactory factory(RequestGuard guard) {
    return new HttpServerFactory() {
      @Override
      public HttpServer buildHttpServer(
          Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        return new GuardedJettyServer(options, admin, stubs, guard);
      }
    };
  }

  /** Error pages as JSON in the API's error shape instead of Jetty's HTML. */
  private static final class JsonErrorHandler extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      String why = reason == null ? "malformed HTTP request" : reason;
      RequestLineMemory.Line line = RequestLineMemory.current();
      ApiResponse api = line == null
          ? ErrorShapes.error(null, "", status, "Bad request: " + why + ".")
          : ErrorShapes.error(line.method(), line.path(), status, "Bad request: " + why + ".");
      fields.put(HttpHeader.CONTENT_TYPE, ApiResponse.JSON);
      return ByteBuffer.wrap(api.body());
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
        HttpServletResponse response, int code, String message) throws IOException {
      baseRequest.setHandled(true);
      ApiResponse api = ErrorShapes.error(request.getMethod(), request.getRequestURI(), code,
          message == null ? "HTTP " + code : message);
      response.setStatus(code);
      response.setContentType(ApiResponse.JSON);
      response.getOutputStream().write(api.body());
    }
  }
}
