package dev.labelsdk.mock.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a request's {@code Content-Encoding}: gzip and deflate are supported (as real API
 * gateways do), anything else is refused with 415. The decoded body is held to the same size
 * limit as a plain one, so a small compressed bomb cannot fill the heap.
 */
final class BodyDecoding {

  private BodyDecoding() {}

  static byte[] decode(String contentEncoding, byte[] body, long limit) throws RefusedRequest {
    if (contentEncoding == null || contentEncoding.isBlank()) {
      return body;
    }
    String[] codings = contentEncoding.split(",");
    byte[] out = body;
    for (int i = codings.length - 1; i >= 0; i--) { // applied in order, so undone in reverse
      String coding = codings[i].trim().toLowerCase(Locale.ROOT);
      switch (coding) {
        case "identity", "" -> { }
        case "gzip", "x-gzip" -> out = inflate(coding, out, limit, true);
        case "deflate" -> out = inflate(coding, out, limit, false);
        default -> throw new RefusedRequest(415, "Content-Encoding \"" + coding
            + "\" is not supported: send the body uncompressed, gzip or deflate.");
      }
    }
    return out;
  }

  private static byte[] inflate(String coding, byte[] body, long limit, boolean gzip)
      throws RefusedRequest {
    try (InputStream in = gzip
        ? new GZIPInputStream(new ByteArrayInputStream(body))
        : new InflaterInputStream(new ByteArrayInputStream(body))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(body.length * 4, 1 << 20));
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) >= 0) {
        if (out.size() + (long) n > limit) {
          throw new RefusedRequest(400, BodyReader.tooLarge(limit, " once decompressed"));
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new RefusedRequest(400, "The request body is not valid " + coding
          + " data although Content-Encoding says so: send it compressed as declared, or"
          + " drop the header.");
    }
  }
}
