package dev.labelsdk.mock.server;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * HTTP/1.1 connections that remember the latest request line as received. When Jetty refuses
 * a target it cannot parse (a malformed {@code %XX}), the request it hands the error page is a
 * placeholder; this tells the error page which API the target was for, so the refusal comes in
 * that API's error shape.
 */
final class TargetRecordingHttpFactory extends HttpConnectionFactory {

  /** The request line Jetty makes up for the error page of a request line it could not parse. */
  static final String PLACEHOLDER_METHOD = "BAD";
  static final String PLACEHOLDER_TARGET = "/badMessage";

  TargetRecordingHttpFactory(HttpConfiguration config) {
    super(config);
  }

  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    Recording connection = new Recording(getHttpConfiguration(), connector, endPoint);
    connection.setUseInputDirectByteBuffers(isUseInputDirectByteBuffers());
    connection.setUseOutputDirectByteBuffers(isUseOutputDirectByteBuffers());
    return configure(connection, connector, endPoint);
  }

  /** The method and raw target of the request line {@code connection} parsed last, or null. */
  static String[] lastRequestLine(Object connection) {
    return connection instanceof Recording r && r.target != null
        ? new String[] {r.method, r.target} : null;
  }

  private static final class Recording extends HttpConnection {
    private volatile String method;
    private volatile String target;

    Recording(HttpConfiguration config, Connector connector, EndPoint endPoint) {
      super(config, connector, endPoint);
    }

    @Override
    protected HttpStreamOverHTTP1 newHttpStream(String method, String uri, HttpVersion version) {
      if (!(PLACEHOLDER_METHOD.equals(method) && PLACEHOLDER_TARGET.equals(uri))) {
        this.method = method;
        this.target = uri;
      }
      return super.newHttpStream(method, uri, version);
    }
  }
}
