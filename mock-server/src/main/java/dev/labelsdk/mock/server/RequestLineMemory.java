package dev.labelsdk.mock.server;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpChannelOverHttp;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * Remembers, per parsing thread, the method and raw target of the request line being
 * handled. When Jetty refuses a request before any handler runs (a malformed {@code %XX} in
 * the path), its error page has no request to look at; this lets that page still answer in
 * the error shape of the API the path belongs to.
 */
final class RequestLineMemory extends HttpConnectionFactory {

  /** A request line as received: method and raw target (path and query). */
  record Line(String method, String target) {
    String path() {
      int q = target.indexOf('?');
      return q < 0 ? target : target.substring(0, q);
    }
  }

  private static final ThreadLocal<Line> CURRENT = new ThreadLocal<>();

  RequestLineMemory(HttpConfiguration config) {
    super(config);
  }

  /** The request line this thread is handling, or null. */
  static Line current() {
    return CURRENT.get();
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    HttpConnection connection =
        new HttpConnection(getHttpConfiguration(), connector, endPoint, isRecordHttpComplianceViolations()) {
          @Override
          protected HttpChannelOverHttp newHttpChannel() {
            return new HttpChannelOverHttp(this, getConnector(), getHttpConfiguration(), getEndPoint(), this) {
              @Override
              public void startRequest(String method, String uri, HttpVersion version) {
                CURRENT.set(new Line(method, uri));
                super.startRequest(method, uri, version);
              }

              @Override
              public void recycle() {
                CURRENT.remove();
                super.recycle();
              }
            };
          }
        };
    connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
    connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
    return configure(connection, connector, endPoint);
  }
}
