package dev.labelsdk.mock.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends bytes exactly as given, for requests no well-behaved client library would produce
 * (malformed escapes, invalid UTF-8 on the wire).
 */
final class RawHttp {

  /** The status line's code and the body of the answer to a request. */
  record Answer(int status, String head, String body) {}

  private RawHttp() {}

  static Answer send(int port, String requestLine, String headers, byte[] body) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      ByteArrayOutputStream req = new ByteArrayOutputStream();
      req.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers
          + "Content-Length: " + (body == null ? 0 : body.length) + "\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        req.write(body);
      }
      socket.getOutputStream().write(req.toByteArray());
      InputStream in = socket.getInputStream();
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int split = all.indexOf("\r\n\r\n");
      String head = split < 0 ? all : all.substring(0, split);
      String responseBody = split < 0 ? "" : all.substring(split + 4);
      int status = Integer.parseInt(head.substring(9, 12));
      return new Answer(status, head, responseBody);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sends a request head announcing {@code contentLength} bytes but only the first kilobyte of
   * the body (Jetty dispatches a request once some content has arrived), then reads the answer.
   */
  static Answer sendTruncated(int port, String requestLine, String headers, long contentLength) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\n" + headers
          + "Content-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().write(new byte[1024]);
      return readAnswer(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends {@code request} exactly as given (head and body) and reads one answer. */
  static Answer raw(int port, byte[] request) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request);
      return readAnswer(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Answer raw(int port, String request) {
    return raw(port, request.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Sends one request on an open (kept-alive) connection and reads its answer. */
  static Answer exchange(Socket socket, String request) {
    try {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      return readAnswer(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one response, trusting its Content-Length rather than waiting for the close. */
  static Answer readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    String headText = head.toString(StandardCharsets.ISO_8859_1).trim();
    int length = 0;
    for (String line : headText.split("\r\n")) {
      if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      }
    }
    String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
    return new Answer(Integer.parseInt(headText.substring(9, 12)), headText, body);
  }

  /**
   * Sends a chunked body of {@code total} bytes of {@code fill} in 64 KiB chunks, stopping early
   * if the server answers and closes first, then reads the answer.
   */
  static Answer sendChunked(int port, String requestLine, String headers, byte[] prefix, long total, byte fill) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      var out = socket.getOutputStream();
      out.write((requestLine + "\r\nHost: 127.0.0.1\r\n" + headers + "Transfer-Encoding: chunked\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      try {
        writeChunk(out, prefix);
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, fill);
        for (long sent = prefix.length; sent < total; sent += chunk.length) {
          writeChunk(out, java.util.Arrays.copyOf(chunk, (int) Math.min(chunk.length, total - sent)));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      } catch (IOException serverStoppedReading) {
        // the server answered before the body ended: read that answer
      }
      return readAnswer(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeChunk(java.io.OutputStream out, byte[] data) throws IOException {
    if (data.length == 0) {
      return;
    }
    out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.write(data);
    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  static Answer get(int port, String rawPathAndQuery, String key) {
    return send(port, "GET " + rawPathAndQuery + " HTTP/1.1",
        key == null ? "" : "Authorization: " + Http.basic(key) + "\r\n", null);
  }
}
