package dev.labelsdk.mock.server;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A body sent without a Content-Length (chunked), read up to a limit before WireMock sees
 * it: a larger one is refused as soon as the limit is passed, so the server never holds more
 * than the limit for one request.
 */
final class BufferedBody extends HttpServletRequestWrapper {

  private final byte[] body;

  private BufferedBody(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /** The request with its body read, or null when the body is longer than {@code limit}. */
  static HttpServletRequest read(HttpServletRequest request, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InputStream in = request.getInputStream();
    byte[] chunk = new byte[8192];
    int n;
    while ((n = in.read(chunk)) >= 0) {
      if (out.size() + n > limit) {
        return null;
      }
      out.write(chunk, 0, n);
    }
    return new BufferedBody(request, out.toByteArray());
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("the body is already read");
      }
    };
  }
}
